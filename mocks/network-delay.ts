import { delay } from 'msw';
import { getScenarios } from './scenarios';

// Tests wait for nothing; in the browser an answer takes as long as a real one would, so loading
// and saving states are seen. `?latency=` adds to both.
const baseDelay = (): number => (import.meta.env.MODE === 'test' ? 0 : 300 + Math.random() * 300);

export async function networkDelay(): Promise<void> {
  const ms = baseDelay() + getScenarios().latencyMs;
  if (ms > 0) await delay(ms);
}
