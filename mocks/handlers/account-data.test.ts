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
