// The studio's warm-up: previews in the background after starting, never while a request is in
// hand, and no more than it was given (rounds, time), stopping when the server closes.
import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../src/studio/warm-up.js';

const tick = () => new Promise((ok) => setTimeout(ok, 1));

describe('studio warm-up', () => {
  it('runs its rounds one after another, and none while a request is in hand', async () => {
    let busy = false;
    let running = 0;
    const log: string[] = [];
    const done = warmUp({
      round: async (yieldTo) => {
        expect(busy).toBe(false);
        running++;
        expect(running).toBe(1);
        await tick();
        log.push(yieldTo() ? 'gave way' : 'round');
        running--;
      },
      busy: () => busy,
      rounds: 6,
      budgetMs: 10_000,
      stopped: () => false,
    });
    await tick();
    busy = true; // a request comes: the round under way is told, no new one starts
    await new Promise((ok) => setTimeout(ok, 60));
    const during = log.length;
    await new Promise((ok) => setTimeout(ok, 60));
    expect(log.length).toBe(during);
    busy = false;
    expect(await done).toBe(6);
    expect(log.filter((l) => l === 'round').length).toBeGreaterThanOrEqual(5);
  });

  it('stops at its time budget, and when the server closes', async () => {
    let rounds = 0;
    const slow = () => new Promise((ok) => setTimeout(ok, 20)).then(() => rounds++);
    expect(await warmUp({ round: slow, busy: () => false, rounds: 1000, budgetMs: 100, stopped: () => false })).toBeLessThan(10);
    let closing = false;
    setTimeout(() => (closing = true), 50);
    const n = await warmUp({ round: slow, busy: () => false, rounds: 1000, budgetMs: 10_000, stopped: () => closing });
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(10);
  });
});
