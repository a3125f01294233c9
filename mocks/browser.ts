import { setupWorker } from 'msw/browser';
import { connectStorage } from './db';
import { handlers } from './handlers';
import { applyScenarioParams } from './scenario-params';

export const worker = setupWorker(...handlers);

/** Starts the mocked backend before the console's first request (see src/main.tsx). */
export async function startMockedBackend(): Promise<void> {
  // A browser that blocks storage still gets a working backend, one that forgets on reload.
  const local = storageOrUndefined(() => window.localStorage);
  if (local) connectStorage(local);
  const session = storageOrUndefined(() => window.sessionStorage);
  const { unknown } = applyScenarioParams(window.location.search, session);
  if (unknown.length > 0) console.warn(`Mock scenario parameters not understood: ${unknown.join(', ')}`);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

function storageOrUndefined(read: () => Storage): Storage | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
