import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/providers';
import { ApiError } from '@/lib/api-error';
import { RouteErrorPage } from './route-error-page';

function renderFailingRoute(error: unknown) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        errorElement: <RouteErrorPage />,
        Component: () => {
          throw error;
        },
      },
      { path: '/fine', element: <p>Recovered</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('the page error boundary', () => {
  beforeEach(() => {
    // React reports the caught render error on the console; here that is expected.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('shows a readable message for a server failure, not a stack trace', () => {
    renderFailingRoute(new ApiError('server', 'Server error (503).', { status: 503 }));
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown');
    expect(screen.getByRole('alert')).toHaveTextContent('The server had a problem and could not finish.');
  });

  it('asks for a reload when a page chunk of an older deployment is gone', () => {
    renderFailingRoute(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    expect(screen.getByRole('alert')).toHaveTextContent('A newer version of the console is available');
  });

  it('says the console is offline, not that a new version is out, when the page code fails offline', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderFailingRoute(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    expect(screen.getByRole('alert')).toHaveTextContent('You are offline, so this page could not be loaded');
    expect(screen.getByRole('alert')).not.toHaveTextContent('A newer version');
  });

  it('offers a way back to the start page', async () => {
    const router = renderFailingRoute(new Error('boom'));
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
    await userEvent.click(screen.getByRole('link', { name: 'Go to the start page' }));
    expect(router.state.location.pathname).toBe('/');
  });
});
