/** Runs `slice` once the browser has handled what waits: input, and a frame when one is due. */
export type YieldToBrowser = (slice: () => void) => void;

/**
 * A message posted to oneself: each one is a task of its own in a browser, after input already
 * waiting, with none of the 4 ms clamp of nested timeouts. (Node runs a port's messages in one
 * go, so there the slices follow each other at once.)
 */
function postToSelf(): { next: YieldToBrowser; close: () => void } {
  const channel = new MessageChannel();
  let pending: (() => void) | null = null;
  channel.port1.onmessage = () => pending?.();
  return {
    next: (slice) => {
      pending = slice;
      channel.port2.postMessage(null);
    },
    close: () => channel.port1.close(),
  };
}

/**
 * Runs a computation given as steps (a generator) in slices of a few milliseconds, handing the
 * main thread back to the browser between slices: a click or a key press waits at most one
 * slice, and the page paints its answer before the computation goes on. Resolves with the
 * generator's result; rejects with the signal's reason once aborted (a newer choice replaced it).
 */
export function runInSlices<T>(
  steps: Generator<void, T, void>,
  signal: AbortSignal,
  { sliceMillis = 6, yieldToBrowser }: { sliceMillis?: number; yieldToBrowser?: YieldToBrowser } = {},
): Promise<T> {
  const poster = yieldToBrowser === undefined ? postToSelf() : { next: yieldToBrowser, close: () => {} };
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      if (signal.aborted) {
        poster.close();
        reject(signal.reason);
        return;
      }
      try {
        const until = performance.now() + sliceMillis;
        for (;;) {
          const step = steps.next();
          if (step.done === true) {
            poster.close();
            resolve(step.value);
            return;
          }
          if (performance.now() >= until) break;
        }
        poster.next(slice);
      } catch (error) {
        poster.close();
        reject(error);
      }
    };
    poster.next(slice);
  });
}
