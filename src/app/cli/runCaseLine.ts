/**
 * One line typed in a terminal case: a question for the patient, or a `/command` for the same case
 * engine the Discord commands use. Shared by `sandbox` and `interview`.
 */
import type { Debrief, Reply } from '../../cases/CaseApi.ts';
import type { CaseService } from '../../cases/CaseService.ts';
import type { Result } from '../../domain/result.ts';
import { TERMINAL_CASE, TERMINAL_USER } from './openCase.ts';

export const CASE_COMMANDS_HELP = [
  'Type questions to the patient as you would speak them. Commands:',
  '  /exam <system>       examine a body system (e.g. /exam cardiovascular, /exam chest, /exam abdomen)',
  '  /order <test>        order an investigation (e.g. /order ecg, /order troponin, /order chest x-ray)',
  '  /vitals              show the observations',
  '  /hint                get a nudge about what is still missing',
  '  /diagnose <text>     commit to a diagnosis (kept private until /reveal)',
  '  /reveal              reveal the diagnosis with a debrief',
  '  /transcript          print the transcript so far',
  '  /help                this list',
  '  /quit                leave',
].join('\n');

export type LineOutcome =
  | { kind: 'reply'; command: string; result: Result<Reply> }
  | { kind: 'reveal'; result: Result<Debrief> }
  | { kind: 'transcript'; result: Result<{ markdown: string; json: string }> }
  | { kind: 'help'; text: string }
  | { kind: 'quit' }
  | { kind: 'unknown-command'; text: string };

export async function runCaseLine(
  service: CaseService,
  line: string,
  sourceId: string,
): Promise<LineOutcome> {
  const where = { key: TERMINAL_CASE, userId: TERMINAL_USER, sourceId };
  if (!line.startsWith('/'))
    return { kind: 'reply', command: 'ask', result: await service.ask({ ...where, text: line }) };
  const [head = '', ...rest] = line.slice(1).trim().split(/\s+/);
  const arg = rest.join(' ');
  switch (head.toLowerCase()) {
    case 'exam':
    case 'examine':
      return { kind: 'reply', command: 'exam', result: await service.examine({ ...where, system: arg }) };
    case 'order':
    case 'test':
      return { kind: 'reply', command: 'order', result: await service.order({ ...where, test: arg }) };
    case 'vitals':
    case 'obs':
      return { kind: 'reply', command: 'vitals', result: await service.vitals(where) };
    case 'hint':
      return { kind: 'reply', command: 'hint', result: await service.hint(where) };
    case 'diagnose':
    case 'dx':
      return { kind: 'reply', command: 'diagnose', result: await service.diagnose({ ...where, text: arg }) };
    case 'reveal':
      return { kind: 'reveal', result: await service.reveal(where) };
    case 'transcript':
      return { kind: 'transcript', result: await service.transcript(where) };
    case 'help':
    case '?':
      return { kind: 'help', text: CASE_COMMANDS_HELP };
    case 'quit':
    case 'exit':
    case 'q':
      return { kind: 'quit' };
    default:
      return { kind: 'unknown-command', text: `Unknown command /${head}. Type /help for the list.` };
  }
}
