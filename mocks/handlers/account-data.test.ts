import { auditLogSchema } from '@/contract/audit-log';
import { validationErrorBodySchema } from '@/contract/common';
import { meSchema } from '@/contract/me';
import { socketReleasesSchema } from '@/contract/socket-releases';
import { get } from '../test-client';

describe('GET /api/me', () => {
  it('answers the signed-in admin', async () => {
    expect(meSchema.parse((await get('/api/me')).body)).toEqual({
      name: 'Alex Morgan',
      email: 'alex.morgan@example.com',
      role: 'admin',
    });
  });
});

describe('GET /api/socket-releases', () => {
  it('answers the releases newest first, with the vendor article’s Friday 3 March 2023 18:00 Tokyo release', async () => {
    const releases = socketReleasesSchema.parse((await get('/api/socket-releases')).body);
    const instants = releases.map((release) => release.releasedAt);
    expect(instants).toEqual([...instants].sort().reverse());
    expect(instants).toContain('2023-03-03T09:00:00.000Z'); // Fri 3 Mar 2023 18:00 JST
    expect(releases[0]?.releasedAt.startsWith('2026-11')).toBe(true);
  });
});

describe('GET /api/audit-log', () => {
  it('answers the latest changes, newest first: who, when, what, before and after', async () => {
    const entries = auditLogSchema.parse((await get('/api/audit-log')).body);
    expect(entries.map((entry) => entry.id)).toEqual(['audit-3', 'audit-2', 'audit-1']);
    expect(entries[0]).toMatchObject({
      actor: { name: 'Dana Admin' },
      target: { kind: 'site', siteId: 'site-kolkata' },
      changes: [{ field: 'timezone', before: 'Asia/Calcutta', after: 'Asia/Kolkata' }],
    });
  });

  it('answers as many as `limit` asks', async () => {
    expect(auditLogSchema.parse((await get('/api/audit-log?limit=1')).body)).toHaveLength(1);
  });

  it.each(['?limit=0', '?limit=201', '?limit=all', '?since=yesterday'])(
    'answers 400 to %s',
    async (query) => {
      const answer = await get(`/api/audit-log${query}`);
      expect(answer.status).toBe(400);
      expect(validationErrorBodySchema.parse(answer.body).errors).toHaveLength(1);
    },
  );
});
