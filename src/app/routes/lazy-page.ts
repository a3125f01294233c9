/*
 * A page's code is fetched when its route is first visited. React Router remembers a failed
 * fetch for the rest of the visit, so a page clicked while offline would stay broken after the
 * network returns. So a fetch that failed because the connection is down is not reported as a
 * failure: it waits until the connection is back and fetches again, while the shell says the
 * console is offline. A fetch that fails while the server answers means the chunk is gone (a new
 * deployment): that goes to the error page, which asks for a reload.
 */

/** How often to try again when the browser believes it is online but the server does not answer. */
const RETRY_WHILE_UNREACHABLE_MS = 5_000;

export async function loadPage<T>(load: () => Promise<T>): Promise<T> {
  let failuresWhileServerAnswers = 0;
  for (;;) {
    try {
      return await load();
    } catch (error) {
      if (await isConnectionLost()) {
        await connectionBack();
      } else if (++failuresWhileServerAnswers > 1) {
        throw error;
      }
      // Once more at once: the first fetch may have raced the connection's return.
    }
  }
}

/** navigator.onLine is false, or the console's own server does not answer. */
export async function isConnectionLost(): Promise<boolean> {
  if (!navigator.onLine) return true;
  try {
    await fetch(import.meta.env.BASE_URL, { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}

function connectionBack(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      window.clearTimeout(timer);
      resolve();
    };
    window.addEventListener('online', done);
    const timer = window.setTimeout(done, RETRY_WHILE_UNREACHABLE_MS);
  });
}
