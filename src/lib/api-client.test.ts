import { http, HttpResponse } from 'msw';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteSchema } from '@/contract/sites';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import { apiRequest, apiUrl } from './api-client';
import { ApiError, type ApiErrorKind } from './api-error';

// Each kind of failure the UI tells apart, produced by the mocked backend as a real one would.

const WINDOW = '/api/account/maintenance-window';
const MONDAY = { day: 'MONDAY', start: '04:00', end: '06:00' };

async function failure<T>(request: Promise<T>): Promise<ApiError> {
  const error: unknown = await request.then(
    () => new Error('the request succeeded'),
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw error;
  return error;
}

function saveWindow(body: unknown, ifMatch?: number) {
  return apiRequest(WINDOW, {
    method: 'PUT',
    body,
    ifMatch,
    schema: maintenanceWindowSchema,
    conflictSchema: maintenanceWindowSchema,
  });
}

describe('apiRequest', () => {
  it('answers the validated body on success, sending If-Match as a quoted version', async () => {
    let sentIfMatch: string | null = null;
    // A handler that only looks, then lets the mocked backend answer.
    server.use(
      http.put(WINDOW, ({ request }) => {
        sentIfMatch = request.headers.get('If-Match');
      }),
    );
    const saved = await saveWindow(MONDAY, 2);
    expect(saved).toMatchObject({ day: 'MONDAY', version: 3 });
    expect(sentIfMatch).toBe('"2"');
  });

  it('reports 400 as "validation" with the message of each field', async () => {
    const error = await failure(saveWindow({ day: 'MONDAY', start: '04:30', end: '06:00' }, 2));
    expect(error).toMatchObject<Partial<ApiError>>({ kind: 'validation', status: 400 });
    expect(error.fieldErrors).toEqual([{ field: 'start', message: expect.stringMatching(/on the hour/) }]);
    expect(error.message).toBe('One field is not valid.');
  });

  it('reports 403 as "forbidden"', async () => {
    setScenarios(['viewer']);
    expect(await failure(saveWindow(MONDAY, 2))).toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('reports 404 as "not-found"', async () => {
    const error = await failure(apiRequest('/api/sites/site-atlantis', { schema: siteSchema }));
    expect(error).toMatchObject({
      kind: 'not-found',
      status: 404,
      message: 'There is no site with id "site-atlantis".',
    });
  });

  it('reports 409 as "conflict" with the current state, typed by the conflict schema', async () => {
    setScenarios(['conflict-next-save']);
    const error = await failure(saveWindow(MONDAY, 2));
    expect(error.kind).toBe('conflict');
    // Parsed by the contract: the other admin's version, ready for a "theirs / yours" dialog.
    expect(maintenanceWindowSchema.parse(error.current)).toMatchObject({
      start: '02:00',
      version: 3,
      updatedBy: 'Dana Admin',
    });
  });

  it('reports a 409 whose current state breaks the contract as "malformed-response"', async () => {
    server.use(http.put(WINDOW, () => HttpResponse.json({ current: { day: 'FUNDAY' } }, { status: 409 })));
    const error = await failure(saveWindow(MONDAY, 2));
    expect(error.kind).toBe('malformed-response');
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('reports 428 as "precondition-required" when If-Match is missing', async () => {
    expect(await failure(saveWindow(MONDAY))).toMatchObject({ kind: 'precondition-required', status: 428 });
  });

  it('reports 5xx as "server", worth retrying', async () => {
    setScenarios(['fail-next-save']);
    const error = await failure(saveWindow(MONDAY, 2));
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(error.isTransient).toBe(true);
  });

  it('reports no answer at all as "network", worth retrying', async () => {
    setScenarios(['offline-next-save']);
    const error = await failure(saveWindow(MONDAY, 2));
    expect(error).toMatchObject({ kind: 'network', status: undefined });
    expect(error.isTransient).toBe(true);
  });

  it.each<[string, () => Response]>([
    ['a body of the wrong shape', () => HttpResponse.json({ day: 'SUNDAY' })],
    [
      'a body that is not JSON',
      () => new HttpResponse('<html>Sign in</html>', { headers: { 'Content-Type': 'text/html' } }),
    ],
    ['an empty body', () => new HttpResponse(null, { status: 200 })],
  ])('reports %s as "malformed-response", not a crash', async (_case, answer) => {
    server.use(http.get(WINDOW, answer));
    const error = await failure(apiRequest(WINDOW, { schema: maintenanceWindowSchema }));
    expect(error).toMatchObject({ kind: 'malformed-response', status: 200 });
    expect(error.isTransient).toBe(false);
  });

  it('reports any other status as "unexpected"', async () => {
    server.use(http.get(WINDOW, () => HttpResponse.json({ message: 'I am a teapot' }, { status: 418 })));
    const error = await failure(apiRequest(WINDOW, { schema: maintenanceWindowSchema }));
    expect(error).toMatchObject<{ kind: ApiErrorKind; message: string }>({
      kind: 'unexpected',
      message: 'I am a teapot',
    });
  });
});

describe('apiUrl', () => {
  it('leaves out empty query parameters', () => {
    expect(apiUrl('/api/sites', { search: '', page: 2, sort: undefined })).toBe('/api/sites?page=2');
  });
});

describe('apiRequest when the caller gives up', () => {
  it('passes an abort through as an abort, not as a network failure', async () => {
    const controller = new AbortController();
    const request = apiRequest('/api/me', { schema: siteSchema, signal: controller.signal });
    controller.abort();
    const error: unknown = await request.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});
