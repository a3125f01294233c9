import { conflictBodySchema, validationErrorBodySchema } from '@/contract/common';
import { maintenanceWindowSchema, TIME_SLOTS } from '@/contract/maintenance-window';
import { setScenarios } from '../scenarios';
import { auditEntries, call, get, put } from '../test-client';

const PATH = '/api/account/maintenance-window';
const window = async () => maintenanceWindowSchema.parse((await get(PATH)).body);
const fieldErrors = (body: unknown) => validationErrorBodySchema.parse(body).errors;

describe('GET /api/account/maintenance-window', () => {
  it('answers the seeded reference window, Sunday 01:00 - 03:00, with its version as ETag', async () => {
    const answer = await get(PATH);
    expect(answer.status).toBe(200);
    expect(maintenanceWindowSchema.parse(answer.body)).toMatchObject({
      day: 'SUNDAY',
      start: '01:00',
      end: '03:00',
      version: 2,
    });
    expect(answer.headers.get('ETag')).toBe('"2"');
  });
});

describe('PUT /api/account/maintenance-window', () => {
  it('saves a new slot, bumps the version and records who changed what in the audit log', async () => {
    const answer = await put(PATH, { day: 'SATURDAY', start: '23:00', end: '01:00' }, '"2"');
    expect(answer.status).toBe(200);
    const saved = maintenanceWindowSchema.parse(answer.body);
    expect(saved).toMatchObject({
      day: 'SATURDAY',
      start: '23:00',
      end: '01:00',
      version: 3,
      updatedBy: 'Alex Morgan',
    });
    expect(answer.headers.get('ETag')).toBe('"3"');
    expect(await window()).toEqual(saved);

    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      actor: { name: 'Alex Morgan' },
      target: { kind: 'maintenance-window' },
      version: 3,
      occurredAt: saved.updatedAt,
      changes: [
        { field: 'day', before: 'SUNDAY', after: 'SATURDAY' },
        { field: 'start', before: '01:00', after: '23:00' },
        { field: 'end', before: '03:00', after: '01:00' },
      ],
    });
  });

  it('accepts If-Match as a bare version too', async () => {
    expect((await put(PATH, { day: 'MONDAY', start: '13:00', end: '15:00' }, '2')).status).toBe(200);
  });

  it('leaves the version and the audit log alone when nothing changes', async () => {
    const seededLog = await auditEntries();
    const answer = await put(PATH, { day: 'SUNDAY', start: '01:00', end: '03:00' }, '"2"');
    expect(answer.status).toBe(200);
    expect(maintenanceWindowSchema.parse(answer.body).version).toBe(2);
    expect(await auditEntries()).toEqual(seededLog);
  });

  it('answers 428 to a save without If-Match, and saves nothing', async () => {
    expect((await put(PATH, { day: 'MONDAY', start: '13:00', end: '15:00' })).status).toBe(428);
    expect((await window()).day).toBe('SUNDAY');
  });

  it('answers 409 with the full current window when If-Match names an older version', async () => {
    const answer = await put(PATH, { day: 'MONDAY', start: '13:00', end: '15:00' }, '"1"');
    expect(answer.status).toBe(409);
    const { current } = conflictBodySchema(maintenanceWindowSchema).parse(answer.body);
    expect(current).toEqual(await window());
  });

  it.each([['W/"2"'], ['*'], ['two']])('treats If-Match %s as matching no version (409)', async (ifMatch) => {
    expect((await put(PATH, { day: 'MONDAY', start: '13:00', end: '15:00' }, ifMatch)).status).toBe(409);
  });

  it('answers 403 to a viewer, and saves nothing', async () => {
    setScenarios(['viewer']);
    expect((await put(PATH, { day: 'MONDAY', start: '13:00', end: '15:00' }, '"2"')).status).toBe(403);
    expect((await window()).version).toBe(2);
  });

  it.each([
    [{ day: 'SUNDAY', start: '01:30', end: '03:30' }, 'start', /on the hour/],
    [{ day: 'SUNDAY', start: '01:00', end: '04:00' }, 'end', /starting at 01:00, it ends at 03:00/],
    [{ day: 'SUNDAY', start: '23:00', end: '00:00' }, 'end', /ends at 01:00/],
    [{ day: 'Sunday', start: '01:00', end: '03:00' }, 'day', /MONDAY to SUNDAY/],
    [{ day: 7, start: '01:00', end: '03:00' }, 'day', /MONDAY to SUNDAY/],
    [{ start: '01:00', end: '03:00' }, 'day', /MONDAY to SUNDAY/],
    [{ day: 'SUNDAY', end: '03:00' }, 'start', /start time is required/],
    [{ day: 'SUNDAY', start: 1, end: '03:00' }, 'start', /must be text/],
    [{ day: 'SUNDAY', start: '24:00', end: '02:00' }, 'start', /on the hour/],
    [{ day: 'SUNDAY', start: '01:00', end: '03:00', timezone: 'UTC' }, 'timezone', /not a field/],
  ])('answers 400 naming the field for %j', async (body, field, message) => {
    const answer = await put(PATH, body, '"2"');
    expect(answer.status).toBe(400);
    const errors = fieldErrors(answer.body);
    expect(errors).toContainEqual({ field, message: expect.stringMatching(message) });
    expect((await window()).version).toBe(2);
  });

  it('reports every invalid field at once', async () => {
    const answer = await put(PATH, { day: 'SOMEDAY', start: '01:15', end: 'later' }, '"2"');
    expect(fieldErrors(answer.body).map((error) => error.field)).toEqual(['day', 'start', 'end']);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const answer = await call('PUT', PATH, { rawBody: 'day=SUNDAY', ifMatch: '"2"' });
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toEqual([{ field: '', message: 'The body must be a JSON object.' }]);
  });

  it('accepts each of the 24 slots, the last ones crossing midnight', async () => {
    let version = 2;
    for (const slot of TIME_SLOTS) {
      const answer = await put(PATH, { day: 'WEDNESDAY', start: slot.start, end: slot.end }, `"${version}"`);
      expect(answer.status).toBe(200);
      version = maintenanceWindowSchema.parse(answer.body).version;
    }
    expect(TIME_SLOTS.at(-1)).toMatchObject({ start: '23:00', end: '01:00', crossesMidnight: true });
  });
});
