import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';

// The mocked backend must answer before the first request, so it starts before the first
// render. vite.config.ts writes VITE_ENABLE_MOCKS into the code as a literal: tested here (not
// through a variable) the import folds away and a production build has no mock chunk at all.
async function startMockedBackend(): Promise<void> {
  if (import.meta.env.VITE_ENABLE_MOCKS !== 'true') return;
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
