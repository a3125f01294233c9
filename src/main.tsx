import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { env } from '@/lib/env';

// The mocked backend must answer before the first request, so it starts before the first
// render; its code is a separate chunk that a build for a real backend never loads.
async function startMockedBackend(): Promise<void> {
  if (!env.mocksEnabled) return;
  const { startMockedBackend: start } = await import('@mocks/browser');
  await start();
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startMockedBackend()
  .catch((error: unknown) => {
    // The console still renders; every request will then show its own error.
    console.error('The mocked backend could not start.', error);
  })
  .finally(() => {
    createRoot(container).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
