import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { db } from '@mocks/db';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { siteSummarySchema } from '@/contract/sites';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import { SiteRow } from './site-row';

const NOW = DateTime.fromISO('2027-03-01T00:00:00Z', { zone: 'utc' });

function renderRow(timezone: string, maintenanceWindow: MaintenanceWindow = db().maintenanceWindow) {
  return renderSiteRow({ ...db().sites[0], id: 'site-mars', name: 'Mars Base', timezone }, maintenanceWindow);
}

function renderSiteRow(
  stored: unknown,
  maintenanceWindow: MaintenanceWindow = db().maintenanceWindow,
  freezes: UpgradeFreeze[] = [],
) {
  // Parsed as the API client parses it, so the row sees what the console really receives.
  const site = siteSummarySchema.parse(stored);
  const row = (
    <table>
      <tbody>
        <SiteRow
          site={site}
          schedule={{ maintenanceWindow, freezes }}
          now={NOW}
          viewerTimeZone="Asia/Tokyo"
        />
      </tbody>
    </table>
  );
  const router = createMemoryRouter([{ path: '/', element: row }]);
  render(<RouterProvider router={router} />);
  return screen.getByRole('row');
}

describe('a row of the Sites list', () => {
  it.each(['Mars/Olympus', ''])('says a zone such as "%s" is not recognised and links to fix it', (zone) => {
    const row = renderRow(zone);
    expect(row).toHaveTextContent('Time zone not recognised.');
    expect(within(row).getByRole('link', { name: 'Fix the time zone of Mars Base' })).toHaveAttribute(
      'href',
      '/network/sites/site-mars/general',
    );
    expect(row).not.toHaveTextContent('Not known for this time zone');
  });

  it('shows an old alias under its current name, with its clock', () => {
    const row = renderRow('Asia/Calcutta');
    expect(row).toHaveTextContent('Asia/Kolkata');
    expect(row).not.toHaveTextContent('not recognised');
  });

  it('blames a window that starts and ends at once, not the time zone', () => {
    const row = renderRow('Asia/Tokyo', { ...db().maintenanceWindow, start: '03:00', end: '03:00' });
    expect(row).toHaveTextContent('None: the saved window is not valid');
    expect(row).not.toHaveTextContent('Not known for this time zone');
  });

  it('shows a site with its own window in that window, and says why on focus', async () => {
    // Released Monday 1 March 2027 (UTC): Frankfurt's own window, Tuesday 02:00 - 04:00, is
    // less than 48 hours away on the 2nd; the 9th is frozen; so it upgrades on the 16th.
    const freezes = [{ name: 'Release week', startDate: '2027-03-09', endDate: '2027-03-09' }];
    const row = renderSiteRow(
      db().sites.find((site) => site.id === 'site-frankfurt'),
      db().maintenanceWindow,
      freezes,
    );
    expect(within(row).getByText(/^Tue 16 Mar, 02:00 – 04:00 \(CET\)$/)).toHaveAttribute(
      'datetime',
      '2027-03-16T01:00:00.000Z',
    );
    const why = within(row).getByRole('button', { name: 'Why this window for Frankfurt Data Center' });
    await userEvent.tab(); // the site's name
    await userEvent.tab();
    expect(why).toHaveFocus();
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Its own window: Tuesday 02:00 – 04:00.');
    expect(tooltip).toHaveTextContent(/Waits a week: the window of Tuesday 2 March 2027/);
    expect(tooltip).toHaveTextContent(/Tuesday 9 March 2027, 02:00 – 04:00 is in the Release week freeze/);
    expect(why).toHaveAccessibleDescription(/Its own window: Tuesday 02:00 – 04:00\./);
  });
});
