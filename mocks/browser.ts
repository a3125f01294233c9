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
  quietUnawaitedWorkerUpdates();
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

/*
 * MSW (2.15) starts by calling `registration.update()` on the worker it finds, without waiting on
 * it. When the page before this one closed a moment ago, its worker script unregistered itself
 * (mockServiceWorker.js does so when its last page goes), and that update rejects ("Failed to
 * update a ServiceWorker ...: Not found") as an uncaught error, although this page keeps a working
 * worker. The update is only a freshness check: its failure is left to the promise's own callers.
 */
function quietUnawaitedWorkerUpdates(): void {
  const prototype = ServiceWorkerRegistration.prototype;
  const update = prototype.update;
  prototype.update = function updateWithoutUncaughtRejection(this: ServiceWorkerRegistration) {
    const updating = update.call(this);
    updating.catch(() => undefined);
    return updating;
  };
}

function storageOrUndefined(read: () => Storage): Storage | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
