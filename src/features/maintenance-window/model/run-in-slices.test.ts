import { runInSlices } from './run-in-slices';

function* steps(count: number, seen: number[], ticks: { count: number }): Generator<void, string, void> {
  for (let step = 0; step < count; step += 1) {
    seen.push(ticks.count);
    yield;
  }
  return 'done';
}

describe('running a computation in slices', () => {
  it('gives the main thread back between slices, and resolves with the result', async () => {
    const ticks = { count: 0 };
    const seen: number[] = [];
    let slices = 0;
    // Between slices, one other task of the page runs (here: a tick).
    const yieldToBrowser = (slice: () => void) => {
      slices += 1;
      setTimeout(() => {
        ticks.count += 1;
        slice();
      }, 0);
    };
    // A zero-length slice runs one step at a time.
    const result = await runInSlices(steps(20, seen, ticks), new AbortController().signal, {
      sliceMillis: 0,
      yieldToBrowser,
    });
    expect(result).toBe('done');
    // Each step ran after one more tick: the first slice waits too, so the click that asked is painted first.
    expect(seen).toEqual(Array.from({ length: 20 }, (_, step) => step + 1));
    // One before each step, and the last one finds the steps done.
    expect(slices).toBe(21);
  });

  it('runs as many steps in a slice as its time allows', async () => {
    let slices = 0;
    const yieldToBrowser = (slice: () => void) => {
      slices += 1;
      setTimeout(slice, 0);
    };
    await runInSlices(steps(1_000, [], { count: 0 }), new AbortController().signal, {
      sliceMillis: 10_000,
      yieldToBrowser,
    });
    // Only the wait before the first slice.
    expect(slices).toBe(1);
  });

  it('stops when aborted, with the reason', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const running = runInSlices(steps(1_000_000, seen, { count: 0 }), controller.signal, { sliceMillis: 0 });
    controller.abort(new Error('A newer choice.'));
    await expect(running).rejects.toThrow('A newer choice.');
    expect(seen.length).toBeLessThan(1_000_000);
  });

  it('passes a failing step on', async () => {
    function* failing(): Generator<void, never, void> {
      yield;
      throw new Error('Unknown zone.');
    }
    await expect(runInSlices(failing(), new AbortController().signal)).rejects.toThrow('Unknown zone.');
  });
});
