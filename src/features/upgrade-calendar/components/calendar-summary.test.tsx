import { render, screen } from '@testing-library/react';
import { DateTime } from '@/lib/date-time';
import { group, site } from '../model/test-groups';
import { CalendarSummary } from './calendar-summary';

const sunday = { day: 7, start: '01:00', end: '03:00' } as const;
// Released Friday 3 March 2023 18:00 JST; the notice runs out on Sunday 5 March 18:00 JST.
const releasedAt = DateTime.fromISO('2023-03-03T09:00:00Z');
const cutoff = DateTime.fromISO('2023-03-05T09:00:00Z');

function renderSummary(groups: ReturnType<typeof group>[]) {
  render(
    <CalendarSummary
      maintenanceWindow={sunday}
      groups={groups}
      releasedAt={releasedAt}
      cutoff={cutoff}
      displayZone="Asia/Tokyo"
    />,
  );
}

describe('the calendar summary', () => {
  it('counts one site in one time zone in the singular', () => {
    renderSummary([
      group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('Tokyo Office', 'Asia/Tokyo')]),
    ]);
    expect(
      screen.getByText(/1 site in 1 time zone upgrades at Sunday 12 March 2023, 01:00 \(JST\)\./),
    ).toBeVisible();
  });

  it('counts sites and zones in the plural, and the sites the notice defers', () => {
    const deferred = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
      site('Tokyo Office', 'Asia/Tokyo'),
      site('Osaka Office', 'Asia/Tokyo'),
    ]);
    renderSummary([
      { ...deferred, upgrade: { ...deferred.upgrade, deferredWindow: deferred.upgrade } },
      group('Europe/London', '2023-03-12T01:00Z', '2023-03-12T03:00Z', [
        site('London HQ', 'Europe/London', 'GB'),
      ]),
    ]);
    expect(screen.getByText(/3 sites in 2 time zones upgrade from/)).toBeVisible();
    expect(screen.getByText(/2 sites wait a week because of the notice\./)).toBeVisible();
  });
});
