import {
  isRangeBackwards,
  readAuditTrailState,
  toAuditLogParams,
  writeAuditTrailState,
} from './audit-trail-params';

describe('the Audit Trail state in the URL', () => {
  it('reads what it writes, and leaves defaults out', () => {
    const query = new URLSearchParams(
      'kind=site-window&siteId=site-tokyo&from=2026-11-01&to=2026-11-30&page=2',
    );
    const state = readAuditTrailState(query);
    expect(state).toEqual({
      kind: 'site-window',
      siteId: 'site-tokyo',
      actor: null,
      from: '2026-11-01',
      to: '2026-11-30',
      page: 2,
      pageSize: 50,
    });
    expect(writeAuditTrailState(state).toString()).toBe(query.toString());
    expect(writeAuditTrailState(readAuditTrailState(new URLSearchParams())).toString()).toBe('');
  });

  it('falls back to the defaults for values a hand-edited link got wrong', () => {
    expect(
      readAuditTrailState(new URLSearchParams('kind=printer&from=2026-02-30&to=soon&page=-1&pageSize=7')),
    ).toMatchObject({ kind: null, from: null, to: null, page: 1, pageSize: 50 });
  });

  it('asks for whole days on the viewer’s clock, the last day included', () => {
    const state = readAuditTrailState(new URLSearchParams('from=2026-11-01&to=2026-11-30'));
    // Tokyo (UTC+09:00): 1 November 00:00 JST is 31 October 15:00 UTC; the end is 1 December 00:00 JST.
    expect(toAuditLogParams(state, 'Asia/Tokyo')).toMatchObject({
      from: '2026-10-31T15:00:00.000Z',
      to: '2026-11-30T15:00:00.000Z',
    });
    // New York changes its clocks on 1 November 2026: midnight is still EDT (UTC−04:00), the end EST.
    expect(toAuditLogParams(state, 'America/New_York')).toMatchObject({
      from: '2026-11-01T04:00:00.000Z',
      to: '2026-12-01T05:00:00.000Z',
    });
  });

  it('starts a day whose midnight the clock skips at the jump (Santiago, 6 September 2026)', () => {
    const state = readAuditTrailState(new URLSearchParams('from=2026-09-06'));
    // 00:00 does not exist: the day starts at 01:00 -03, which is 04:00 UTC.
    expect(toAuditLogParams(state, 'America/Santiago').from).toBe('2026-09-06T04:00:00.000Z');
  });

  it('tells a range that ends before it starts', () => {
    expect(isRangeBackwards({ from: '2026-11-02', to: '2026-11-01' })).toBe(true);
    expect(isRangeBackwards({ from: '2026-11-02', to: '2026-11-02' })).toBe(false);
    expect(isRangeBackwards({ from: null, to: '2026-11-01' })).toBe(false);
  });
});
