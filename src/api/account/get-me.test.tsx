import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { setScenarios } from '@mocks/scenarios';
import { useMe } from './get-me';

describe('useMe', () => {
  it('loads the signed-in admin', async () => {
    const { result } = renderApiHook(() => useMe());
    await waitFor(() =>
      expect(result.current.data).toEqual({
        name: 'Alex Morgan',
        email: 'alex.morgan@example.com',
        role: 'admin',
      }),
    );
  });

  it('says viewer in the viewer scenario', async () => {
    setScenarios(['viewer']);
    const { result } = renderApiHook(() => useMe());
    await waitFor(() => expect(result.current.data?.role).toBe('viewer'));
  });

  it('reports a role outside the contract as malformed-response', async () => {
    server.use(
      http.get('/api/me', () =>
        HttpResponse.json({ name: 'Root', email: 'root@example.com', role: 'superuser' }),
      ),
    );
    const { result } = renderApiHook(() => useMe());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });
});
