import { demoScenariosSchema } from '@/contract/demo';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteListSchema } from '@/contract/sites';
import { setScenarios } from '../scenarios';
import { call, get, put } from '../test-client';

describe('POST /api/demo/reset (mock only)', () => {
  it('restores the seed after saves', async () => {
    await put('/api/account/maintenance-window', { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    const answer = await call('POST', '/api/demo/reset');
    expect(answer.status).toBe(204);
    expect(maintenanceWindowSchema.parse((await get('/api/account/maintenance-window')).body)).toMatchObject({
      day: 'SUNDAY',
      start: '01:00',
      version: 2,
    });
  });

  it('is refused to a viewer (403), and leaves the data alone', async () => {
    await put('/api/account/maintenance-window', { day: 'MONDAY', start: '04:00', end: '06:00' }, '"2"');
    setScenarios(['viewer']);
    const answer = await call('POST', '/api/demo/reset');
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({
      message: 'Your role is viewer: only an administrator can reset the demo data.',
    });
    expect(maintenanceWindowSchema.parse((await get('/api/account/maintenance-window')).body).day).toBe(
      'MONDAY',
    );
  });

  it('leaves the scenarios on', async () => {
    setScenarios(['large']);
    await call('POST', '/api/demo/reset');
    expect(siteListSchema.parse((await get('/api/sites?pageSize=1')).body).total).toBe(5000);
  });
});

describe('GET /api/demo/scenarios (mock only)', () => {
  it('answers none by default', async () => {
    expect(demoScenariosSchema.parse((await get('/api/demo/scenarios')).body)).toEqual({
      scenarios: [],
      latencyMs: 0,
      unreadableSavedData: null,
    });
  });

  it('answers the active scenarios in a stable order, for the shell’s "Demo: viewer, large" chip', async () => {
    setScenarios(['large', 'viewer'], { latencyMs: 5 });
    expect(demoScenariosSchema.parse((await get('/api/demo/scenarios')).body)).toEqual({
      scenarios: ['viewer', 'large'],
      latencyMs: 5,
      unreadableSavedData: null,
    });
  });
});
