import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { db } from '@mocks/db';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import { siteSummarySchema } from '@/contract/sites';
import { DateTime } from '@/lib/date-time';
import { SiteRow } from './site-row';

const NOW = DateTime.fromISO('2027-03-01T00:00:00Z', { zone: 'utc' });

function renderRow(timezone: string, maintenanceWindow: MaintenanceWindow = db().maintenanceWindow) {
  // Parsed as the API client parses it, so the row sees what the console really receives.
  const site = siteSummarySchema.parse({ ...db().sites[0], id: 'site-mars', name: 'Mars Base', timezone });
  const row = (
    <table>
      <tbody>
        <SiteRow site={site} maintenanceWindow={maintenanceWindow} now={NOW} viewerTimeZone="Asia/Tokyo" />
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
});
