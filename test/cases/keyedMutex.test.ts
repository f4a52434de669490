import { describe, expect, it } from 'vitest';
import { KeyedMutex } from '../../src/cases/KeyedMutex.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedMutex', () => {
  it('GIVEN tasks on one key THEN they run one at a time in arrival order, even when one fails', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    let running = 0;
    const task =
      (name: string, ms: number, failing = false) =>
      async () => {
        running += 1;
        expect(running).toBe(1);
        await sleep(ms);
        log.push(name);
        running -= 1;
        if (failing) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      mutex.run('a', task('1', 20)),
      mutex.run('a', task('2', 1, true)),
      mutex.run('a', task('3', 5)),
    ]);
    expect(log).toEqual(['1', '2', '3']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await sleep(1);
    expect(mutex.size).toBe(0);
  });

  it('GIVEN tasks on different keys THEN they overlap', async () => {
    const mutex = new KeyedMutex();
    let concurrent = 0;
    let peak = 0;
    const task = async () => {
      concurrent += 1;
      peak = Math.max(peak, concurrent);
      await sleep(10);
      concurrent -= 1;
    };
    await Promise.all([mutex.run('a', task), mutex.run('b', task), mutex.run('c', task)]);
    expect(peak).toBe(3);
  });
});
