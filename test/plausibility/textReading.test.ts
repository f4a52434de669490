import { describe, expect, it } from 'vitest';
import { canonicalLetters } from '../../src/plausibility/text/canonicalLetters.ts';
import { decodeViews } from '../../src/plausibility/text/decodeViews.ts';
import { foldKeepCase, foldText } from '../../src/plausibility/text/foldText.ts';
import { stem } from '../../src/plausibility/text/stem.ts';
import { expandContractions, tokenize } from '../../src/plausibility/text/tokenize.ts';

/** The text readers' shortcuts (plain ASCII, no apostrophe, cached stems) must read as the long way does. */
describe('text reading for the reply checker', () => {
  it('stems words that are also names of object properties as words', () => {
    for (const w of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])
      expect(typeof stem(w.toLowerCase())).toBe('string');
    expect(stem('constructor')).toBe('constructor');
    expect(tokenize('the constructor has gone').stems).toEqual(['the', 'constructor', 'has', 'go']);
  });

  it('gives the same stem the first time and from its cache', () => {
    const words = ['coughing', 'swollen', 'stopped', 'breathlessness', 'ankles', 'wheezy'];
    const first = words.map(stem);
    expect(words.map(stem)).toEqual(first);
    expect(first).toEqual(['cough', 'swell', 'stop', 'breathless', 'ankle', 'wheez']);
  });

  it('leaves plain ASCII as it is and still folds everything else', () => {
    const plain = 'It started "two hours ago" - right here.\nNo pain now.';
    expect(foldKeepCase(plain)).toBe(plain);
    expect(foldKeepCase('Caf\u00e9 \u2018quote\u2019 h\u200bea\u200brt \u0430ttack \u2013 x')).toBe(
      "Cafe 'quote' heart attack - x",
    );
    expect(foldText('HEART\u00a0 \t failure')).toBe('heart failure');
  });

  it('expands contractions only where there are some, "cannot" included', () => {
    expect(expandContractions('i cannot lie flat')).toBe('i can not lie flat');
    expect(expandContractions("i can't and i won't")).toBe('i can not and i will not');
    const none = 'no apostrophe here at all';
    expect(expandContractions(none)).toBe(none);
  });

  it('reads leetspeak letters through the table', () => {
    expect(canonicalLetters('h3@rt-4tt4ck')).toBe('heartattack');
    expect(canonicalLetters('p.e. caf\u00e9 |!1')).toBe('pecafiii');
  });

  it('reads reversed, ROT13 and base64 views, and skips what is not base64 without failing', () => {
    const kinds = (text: string): Record<string, string> =>
      Object.fromEntries(decodeViews(text).map((v) => [v.kind, v.text]));
    expect(kinds('Gnat').reversed).toBe('tang');
    expect(kinds('Uryyb Jbeyq').rot13).toBe('hello world');
    expect(kinds(`it is ${btoa('angina')} apparently`).base64).toBe('angina');
    // '=' inside a run, three pads, symbols: what atob would throw on is simply not a view
    for (const odd of ['b_9a=', 'a===', 'ab=cd Ef9=', 'Zm9v=Ymar', '== ==']) {
      expect(() => decodeViews(odd)).not.toThrow();
      expect(decodeViews(odd).filter((v) => v.kind === 'base64')).toEqual([]);
    }
    // ordinary prose with capitals only at word starts holds no base64
    expect(kinds('Well, Okay, I Think So Really').base64).toBeUndefined();
  });

  it('folds the reply once when the caller passes the fold in', () => {
    const reply = 'Caf\u00e9 it\u2019s\nFine.\nOkay.\nRight';
    expect(decodeViews(reply, foldKeepCase(reply))).toEqual(decodeViews(reply));
  });
});
