import { conflictBodySchema, validationErrorBodySchema } from '@/contract/common';
import { upgradeFreezeSchema, upgradeFreezesSchema } from '@/contract/upgrade-freezes';
import { connectStorage, resetMockDatabase } from '../db';
import { setScenarios } from '../scenarios';
import { auditEntries, call, createMemoryStorage, get, post, put } from '../test-client';

const PATH = '/api/upgrade-freezes';
const freezes = async () => upgradeFreezesSchema.parse((await get(PATH)).body);
const fieldErrors = (body: unknown) => validationErrorBodySchema.parse(body).errors;
const remove = (id: string, ifMatch?: string) => call('DELETE', `${PATH}/${id}`, { ifMatch });

// The server's clock: Tuesday 1 December 2026, 04:00 UTC. The clocks furthest behind (UTC-12)
// still read Monday 30 November, so a freeze ending on 30 November is not over everywhere yet.
const NOW = new Date('2026-12-01T04:00:00.000Z');
const SPRING = { name: 'Spring network refresh', startDate: '2027-03-01', endDate: '2027-03-14' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  // The seed dates its freezes from the clock: start again from the seed of this clock's day.
  resetMockDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('GET /api/upgrade-freezes', () => {
  it("answers the seed's freezes by start date: last year's, over, and the coming year-end freeze", async () => {
    expect(await freezes()).toMatchObject([
      { id: 'freeze-year-end-previous', startDate: '2025-12-18', endDate: '2026-01-04', version: 1 },
      {
        id: 'freeze-year-end',
        name: 'Year-end freeze 2026',
        startDate: '2026-12-18',
        endDate: '2027-01-04',
        version: 2,
      },
    ]);
  });
});

describe('POST /api/upgrade-freezes', () => {
  it('creates a freeze (201, version 1) and logs its creation in the same step', async () => {
    const answer = await post(PATH, { ...SPRING, name: '  Spring network refresh ' });
    expect(answer.status).toBe(201);
    const created = upgradeFreezeSchema.parse(answer.body);
    expect(created).toMatchObject({ ...SPRING, version: 1, updatedBy: 'Alex Morgan' });
    expect(created.updatedAt).toBe(NOW.toISOString());
    expect(answer.headers.get('ETag')).toBe('"1"');
    expect(answer.headers.get('Location')).toBe(`${PATH}/${created.id}`);
    expect((await freezes()).map((freeze) => freeze.id)).toEqual([
      'freeze-year-end-previous',
      'freeze-year-end',
      created.id,
    ]);

    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      occurredAt: created.updatedAt,
      actor: { name: 'Alex Morgan' },
      target: { kind: 'freeze', freezeId: created.id, freezeName: SPRING.name },
      action: 'created',
      version: 1,
      changes: [
        { field: 'name', before: null, after: SPRING.name },
        { field: 'startDate', before: null, after: '2027-03-01' },
        { field: 'endDate', before: null, after: '2027-03-14' },
      ],
    });
  });

  it('gives every new freeze an id no other has had', async () => {
    const first = upgradeFreezeSchema.parse((await post(PATH, SPRING)).body);
    await remove(first.id, '"1"');
    const second = upgradeFreezeSchema.parse((await post(PATH, SPRING)).body);
    expect(second.id).not.toBe(first.id);
  });

  it.each([
    [
      'an end before the start',
      { endDate: '2027-02-28' },
      'endDate',
      /cannot be before the start date \(1 March 2027\)/,
    ],
    ['61 days', { endDate: '2027-04-30' }, 'endDate', /at most 60 days; this one lasts 61/],
    [
      'a date that does not exist',
      { startDate: '2027-02-29' },
      'startDate',
      /real date written as YYYY-MM-DD/,
    ],
    ['a date with a time', { startDate: '2027-03-01T00:00:00Z' }, 'startDate', /YYYY-MM-DD/],
    ['no end date', { endDate: undefined }, 'endDate', /^Enter the end date\./],
    ['an empty name', { name: ' ' }, 'name', /Enter a name for the freeze/],
    ['a name of invisible characters', { name: '\u200B\u2060' }, 'name', /Enter a name that can be seen/],
    ['a 101-character name', { name: 'x'.repeat(101) }, 'name', /at most 100 characters/],
    ['a bidi override in the name', { name: 'Spring \u202Eesaeler' }, 'name', /text-direction/],
    [
      'the name of another freeze, in any case',
      { name: 'YEAR-END FREEZE 2026' },
      'name',
      /already named "Year-end freeze 2026"/,
    ],
    ['an unknown field', { sites: ['site-tokyo'] }, 'sites', /not a field/],
    [
      'dates inside another freeze',
      { startDate: '2026-12-24', endDate: '2026-12-26' },
      'startDate',
      /overlap "Year-end freeze 2026" \(18 December 2026 – 4 January 2027\)/,
    ],
    [
      'a start on its last day',
      { startDate: '2027-01-04', endDate: '2027-01-10' },
      'startDate',
      /overlap "Year-end freeze 2026"/,
    ],
    [
      'an end on its first day',
      { startDate: '2026-12-10', endDate: '2026-12-18' },
      'endDate',
      /overlap "Year-end freeze 2026"/,
    ],
    [
      'dates around another freeze',
      { startDate: '2026-12-10', endDate: '2027-01-20' },
      'endDate',
      /overlap "Year-end freeze 2026"/,
    ],
    [
      'dates wholly in the past',
      { startDate: '2026-11-20', endDate: '2026-11-29' },
      'endDate',
      /over on every site's clock: it must end on 30 November 2026 or later/,
    ],
  ])('answers 400 to %s, at its field, and creates nothing', async (_case, change, field, message) => {
    const before = await auditEntries();
    const answer = await post(PATH, { ...SPRING, ...change });
    expect(answer.status).toBe(400);
    expect(fieldErrors(answer.body)).toContainEqual({ field, message: expect.stringMatching(message) });
    expect(await freezes()).toHaveLength(2);
    expect(await auditEntries()).toEqual(before);
  });

  it('accepts a freeze of exactly 60 days, and one that ends where a day is still the 30th', async () => {
    expect((await post(PATH, { ...SPRING, endDate: '2027-04-29' })).status).toBe(201);
    // 30 November is over in UTC, but not at UTC-12: that site's freeze still has hours to run.
    const lastHours = await post(PATH, {
      name: 'Last hours',
      startDate: '2026-11-25',
      endDate: '2026-11-30',
    });
    expect(lastHours.status).toBe(201);
  });

  it('reports every invalid field at once', async () => {
    const answer = await post(PATH, { name: '', startDate: 'soon', endDate: 'later' });
    expect(fieldErrors(answer.body).map((error) => error.field)).toEqual(['name', 'startDate', 'endDate']);
  });

  it('answers 403 to a viewer, and creates nothing', async () => {
    setScenarios(['viewer']);
    expect((await post(PATH, SPRING)).status).toBe(403);
    expect(await freezes()).toHaveLength(2);
  });

  it('meets the failing scenarios, and leaves conflict-next-save for a save that has a version', async () => {
    setScenarios(['fail-next-save', 'conflict-next-save']);
    expect((await post(PATH, SPRING)).status).toBe(500);
    expect((await post(PATH, SPRING)).status).toBe(201);
    expect((await put(`${PATH}/freeze-year-end`, SPRING, '"2"')).status).toBe(409);
  });
});

describe('PUT /api/upgrade-freezes/:id', () => {
  const YEAR_END = `${PATH}/freeze-year-end`;
  const yearEnd = { name: 'Year-end freeze 2026', startDate: '2026-12-18', endDate: '2027-01-04' };

  it('saves a change, bumps the version, and logs what changed', async () => {
    const answer = await put(YEAR_END, { ...yearEnd, startDate: '2026-12-21' }, '"2"');
    expect(answer.status).toBe(200);
    expect(upgradeFreezeSchema.parse(answer.body)).toMatchObject({ startDate: '2026-12-21', version: 3 });
    expect(answer.headers.get('ETag')).toBe('"3"');
    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      target: { kind: 'freeze', freezeId: 'freeze-year-end', freezeName: 'Year-end freeze 2026' },
      action: 'changed',
      version: 3,
      changes: [{ field: 'startDate', before: '2026-12-18', after: '2026-12-21' }],
    });
  });

  it('leaves the version and the log alone when nothing changes', async () => {
    const before = await auditEntries();
    const answer = await put(YEAR_END, yearEnd, '"2"');
    expect(upgradeFreezeSchema.parse(answer.body).version).toBe(2);
    expect(await auditEntries()).toEqual(before);
  });

  it('does not count the freeze itself as an overlap or a namesake', async () => {
    const answer = await put(
      YEAR_END,
      { ...yearEnd, name: 'year-end FREEZE 2026', endDate: '2027-01-05' },
      '"2"',
    );
    expect(answer.status).toBe(200);
  });

  it('refuses to move a freeze into the past, or to keep one that is over', async () => {
    const moved = await put(YEAR_END, { ...yearEnd, startDate: '2026-11-01', endDate: '2026-11-10' }, '"2"');
    expect(fieldErrors(moved.body)).toEqual([
      { field: 'endDate', message: expect.stringMatching(/over on every site's clock/) },
    ]);
    const previous = { name: 'Old freeze', startDate: '2025-12-18', endDate: '2026-01-04' };
    const renamed = await put(`${PATH}/freeze-year-end-previous`, previous, '"1"');
    expect(renamed.status).toBe(400);
  });

  it('checks role, existence, then If-Match (403, 404, 428, 409 with the current freeze)', async () => {
    expect((await put(`${PATH}/freeze-atlantis`, yearEnd, '"1"')).status).toBe(404);
    expect((await put(YEAR_END, yearEnd)).status).toBe(428);
    const stale = await put(YEAR_END, { ...yearEnd, name: 'Holidays' }, '"1"');
    expect(stale.status).toBe(409);
    expect(conflictBodySchema(upgradeFreezeSchema).parse(stale.body).current).toMatchObject({
      id: 'freeze-year-end',
      version: 2,
    });
    setScenarios(['viewer']);
    expect((await put(YEAR_END, { ...yearEnd, name: 'Holidays' }, '"2"')).status).toBe(403);
  });

  it('lets Dana Admin rename the freeze first in the conflict scenario', async () => {
    setScenarios(['conflict-next-save']);
    const answer = await put(YEAR_END, { ...yearEnd, endDate: '2027-01-06' }, '"2"');
    expect(answer.status).toBe(409);
    expect(conflictBodySchema(upgradeFreezeSchema).parse(answer.body).current).toMatchObject({
      name: 'Year-end freeze 2026 (checked by Dana Admin)',
      version: 3,
      updatedBy: 'Dana Admin',
    });
  });
});

describe('DELETE /api/upgrade-freezes/:id', () => {
  it('deletes a freeze that is over (204) and logs it with what it held', async () => {
    const answer = await remove('freeze-year-end-previous', '"1"');
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect((await freezes()).map((freeze) => freeze.id)).toEqual(['freeze-year-end']);
    const [latest] = await auditEntries();
    expect(latest).toMatchObject({
      target: { kind: 'freeze', freezeId: 'freeze-year-end-previous', freezeName: 'Year-end freeze 2025' },
      action: 'deleted',
      version: 1,
      occurredAt: NOW.toISOString(),
      changes: [
        { field: 'name', before: 'Year-end freeze 2025', after: null },
        { field: 'startDate', before: '2025-12-18', after: null },
        { field: 'endDate', before: '2026-01-04', after: null },
      ],
    });
  });

  it('answers 404, 428 and 409 as a save does, and deletes nothing', async () => {
    expect((await remove('freeze-atlantis', '"1"')).status).toBe(404);
    expect((await remove('freeze-year-end')).status).toBe(428);
    const stale = await remove('freeze-year-end', '"1"');
    expect(stale.status).toBe(409);
    expect(conflictBodySchema(upgradeFreezeSchema).parse(stale.body).current.version).toBe(2);
    expect(await freezes()).toHaveLength(2);
  });

  it('answers 403 to a viewer', async () => {
    setScenarios(['viewer']);
    expect((await remove('freeze-year-end', '"2"')).status).toBe(403);
    expect(await freezes()).toHaveLength(2);
  });
});

describe('freezes in the browser', () => {
  it('are kept across a reload, with their audit entries', async () => {
    const storage = createMemoryStorage();
    connectStorage(storage);
    const created = upgradeFreezeSchema.parse((await post(PATH, SPRING)).body);
    resetMockDatabase();
    connectStorage(storage);
    expect((await freezes()).map((freeze) => freeze.id)).toContain(created.id);
    expect((await auditEntries())[0]).toMatchObject({ target: { freezeId: created.id }, action: 'created' });
  });
});
