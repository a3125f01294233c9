import { auditLogPageSchema, type AuditTarget } from '@/contract/audit-log';
import { validationErrorBodySchema } from '@/contract/common';
import { siteSchema } from '@/contract/sites';
import { resetMockDatabase } from '../db';
import { auditEntries, generalOf, get, post, put } from '../test-client';

const page = async (query = '') => {
  const answer = await get(`/api/audit-log${query}`);
  expect(answer.status).toBe(200);
  return auditLogPageSchema.parse(answer.body);
};
const targetName = (target: AuditTarget) => ('siteName' in target ? target.siteName : undefined);
const ids = async (query: string) => (await page(query)).items.map((entry) => entry.id);

// The seed dates its freezes' entries from the clock: fix it, so the log is the same every run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T04:00:00.000Z'));
  resetMockDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('GET /api/audit-log', () => {
  it('answers the seeded entries newest first, one of each kind, with the total and every administrator', async () => {
    const log = await page();
    expect(log.total).toBe(7);
    expect(log.items.map((entry) => [entry.id, entry.occurredAt, entry.target.kind, entry.action])).toEqual([
      ['audit-7', '2026-11-18T10:00:00.000Z', 'freeze', 'changed'],
      ['audit-6', '2026-11-18T09:00:00.000Z', 'freeze', 'created'],
      ['audit-5', '2026-10-20T08:00:00.000Z', 'site-window', 'changed'],
      ['audit-4', '2026-10-05T10:12:00.000Z', 'site', 'changed'],
      ['audit-3', '2026-09-14T07:30:00.000Z', 'maintenance-window', 'changed'],
      ['audit-2', '2026-06-02T15:45:00.000Z', 'site', 'changed'],
      ['audit-1', '2025-11-18T09:00:00.000Z', 'freeze', 'created'],
    ]);
    expect(log.items[3]).toMatchObject({
      actor: { name: 'Dana Admin' },
      target: { kind: 'site', siteId: 'site-kolkata', siteName: 'Kolkata Office' },
      changes: [{ field: 'timezone', before: 'Asia/Calcutta', after: 'Asia/Kolkata' }],
    });
    expect(log.actors).toEqual([
      { name: 'Alex Morgan', email: 'alex.morgan@example.com' },
      { name: 'Dana Admin', email: 'dana.admin@example.com' },
    ]);
  });

  it('pages: the total counts every match, a page past the end is empty', async () => {
    expect(await ids('?pageSize=3')).toEqual(['audit-7', 'audit-6', 'audit-5']);
    const second = await page('?page=2&pageSize=3');
    expect(second.items.map((entry) => entry.id)).toEqual(['audit-4', 'audit-3', 'audit-2']);
    expect(second.total).toBe(7);
    expect(await page('?page=4&pageSize=3')).toMatchObject({ items: [], total: 7 });
  });

  it.each([
    ['?kind=maintenance-window', ['audit-3']],
    ['?kind=site', ['audit-4', 'audit-2']],
    ['?kind=site-window', ['audit-5']],
    ['?kind=freeze', ['audit-7', 'audit-6', 'audit-1']],
    ['?siteId=site-frankfurt', ['audit-5']],
    ['?siteId=site-tokyo', ['audit-2']],
    ['?siteId=site-atlantis', []],
    ['?actor=dana.admin@example.com', ['audit-4']],
    ['?actor=Alex.Morgan@example.com&kind=site', ['audit-2']],
    ['?from=2026-10-05T10:12:00.000Z', ['audit-7', 'audit-6', 'audit-5', 'audit-4']],
    ['?to=2026-10-05T10:12:00.000Z', ['audit-3', 'audit-2', 'audit-1']],
    ['?from=2026-11-18T00:00:00Z&to=2026-11-18T09:30:00Z', ['audit-6']],
  ])('filters %s', async (query, expected) => {
    const log = await page(query);
    expect(log.items.map((entry) => entry.id)).toEqual(expected);
    expect(log.total).toBe(expected.length);
  });

  it("finds a site's General and window entries under its id, each with the name the site had then", async () => {
    await put(
      '/api/sites/site-tokyo/upgrade-window',
      { upgradeWindow: { day: 'MONDAY', start: '01:00', end: '03:00' } },
      '"2"',
    );
    const tokyo = siteSchema.parse((await get('/api/sites/site-tokyo')).body);
    await put('/api/sites/site-tokyo/general', { ...generalOf(tokyo), name: 'Tokyo HQ' }, '"3"');
    const entries = await auditEntries('?siteId=site-tokyo');
    expect(entries.map((entry) => [entry.target.kind, entry.version, targetName(entry.target)])).toEqual([
      ['site', 4, 'Tokyo HQ'],
      ['site-window', 3, 'Tokyo Office'],
      ['site', 2, 'Tokyo Office'],
    ]);
  });

  it('writes one entry per site of a bulk save, all at once, newest first by the order written', async () => {
    await post('/api/sites/upgrade-window', {
      sites: [
        { siteId: 'site-berlin', version: 1 },
        { siteId: 'site-dublin', version: 1 },
      ],
      upgradeWindow: { day: 'MONDAY', start: '01:00', end: '03:00' },
    });
    const [dublin, berlin] = await auditEntries('?kind=site-window');
    expect([dublin?.id, berlin?.id]).toEqual(['audit-9', 'audit-8']);
    expect(dublin?.target).toMatchObject({ siteId: 'site-dublin' });
  });

  it.each([
    ['?kind=printer', 'kind'],
    ['?page=0', 'page'],
    ['?pageSize=201', 'pageSize'],
    ['?pageSize=all', 'pageSize'],
    ['?from=yesterday', 'from'],
    ['?to=2026-12-01', 'to'],
    ['?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z', 'to'],
    ['?siteId=', 'siteId'],
    ['?limit=10', 'limit'],
  ])('answers 400 to %s, naming %s', async (query, field) => {
    const answer = await get(`/api/audit-log${query}`);
    expect(answer.status).toBe(400);
    expect(validationErrorBodySchema.parse(answer.body).errors.map((error) => error.field)).toEqual([field]);
  });
});
