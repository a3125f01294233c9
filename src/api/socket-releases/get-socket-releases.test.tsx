import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { isApiError } from '@/lib/api-error';
import { server } from '@mocks/node';
import { renderApiHook } from '@mocks/render-api-hook';
import { useSocketReleases } from './get-socket-releases';

describe('useSocketReleases', () => {
  it('loads the releases, newest first', async () => {
    const { result } = renderApiHook(() => useSocketReleases());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.at(-1)).toEqual({
      version: '18.0.17580',
      releasedAt: '2023-03-03T09:00:00.000Z',
    });
  });

  it('reports a release time that is not a UTC instant as malformed-response', async () => {
    server.use(
      http.get('/api/socket-releases', () =>
        HttpResponse.json([{ version: '1', releasedAt: '3 March 2023' }]),
      ),
    );
    const { result } = renderApiHook(() => useSocketReleases());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error, 'malformed-response')).toBe(true);
  });
});
