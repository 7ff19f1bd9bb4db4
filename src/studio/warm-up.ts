// Stage: studio. A new process builds a plan slowly: V8 compiles the pipeline's hot code while
// running it, and the 2026 plan's preview takes 30–70 ms the first ten times, ~23 ms after twenty,
// ~15 ms after a hundred. While the page loads and the user reads it, the server previews the
// opened plan again and again in the background, so that the first edits are drawn at full
// speed. Each round waits until no request is in hand and gives way to one that comes.

export interface WarmUpOptions {
  /** One background preview; `yieldTo` is true once a request waits (the round then stops short). */
  round: (yieldTo: () => boolean) => Promise<unknown>;
  /** True while a request is being answered or waits. */
  busy: () => boolean;
  /** At most this many rounds, and this much time in all (ms), whichever comes first. */
  rounds: number;
  budgetMs: number;
  /** True once the server is closing. */
  stopped: () => boolean;
}

const nextTurn = () => new Promise<void>((ok) => setImmediate(ok));
const pause = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms).unref());

/** Runs the rounds; resolves with how many were done. */
export async function warmUp(o: WarmUpOptions): Promise<number> {
  const start = performance.now();
  let done = 0;
  while (done < o.rounds && performance.now() - start < o.budgetMs && !o.stopped()) {
    await nextTurn(); // a request that came during the last round goes first
    if (o.busy()) {
      await pause(20);
      continue;
    }
    await o.round(o.busy);
    done++;
  }
  return done;
}
