import { renderRoutes } from '@/testing/render-routes';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import type { SiteSummary } from '@/contract/sites';
import { UpgradeCalendarPage } from './upgrade-calendar-page';

function renderCalendar() {
  renderRoutes(
    [{ path: '/upgrade-calendar', element: <UpgradeCalendarPage /> }],
    '/upgrade-calendar?released=2023-03-03T09:00:00Z&view=table',
  );
}

const ZONES = ['Asia/Tokyo', 'Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];

function summaryOf(id: string, name: string, timezone: string): SiteSummary {
  return {
    id,
    name,
    siteType: 'Branch',
    connectionType: 'X1500',
    countryCode: 'JP',
    stateCode: null,
    cityName: 'Somewhere',
    timezone,
    socketVersion: '1.0',
    haMode: 'single',
    upgradeWindow: null,
  };
}

/** Answers GET /api/sites from `sites`, page by page, as the real API does. */
function serveSites(sites: readonly SiteSummary[], beforePage?: (page: number) => Promise<void>) {
  server.use(
    http.get('/api/sites', async ({ request }) => {
      const url = new URL(request.url);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
      await beforePage?.(page);
      return HttpResponse.json({
        items: sites.slice((page - 1) * pageSize, page * pageSize),
        total: sites.length,
      });
    }),
  );
}

const LOAD = { timeout: 20_000 };

describe('the upgrade calendar with bad records', () => {
  it('lists a site whose zone is not recognised, links to fix it, and shows every other site', async () => {
    serveSites([
      ...db().sites,
      summaryOf('site-mars', 'Mars Base', 'Mars/Olympus'),
      summaryOf('site-blank', 'Blank Zone Office', ''),
    ]);
    renderCalendar();
    expect(
      await screen.findByRole('table', { name: 'Upgrade window of each site' }, LOAD),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/2 sites are left out of the calendar: time zone not recognised/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'fix the time zone of Mars Base' })).toHaveAttribute(
      'href',
      '/network/sites/site-mars/general',
    );
    expect(screen.getByRole('link', { name: 'fix the time zone of Blank Zone Office' })).toBeInTheDocument();
    const shown = db().sites.length.toLocaleString('en-GB');
    expect(
      screen.getByText(new RegExp(`${shown} sites in \\d+ time zones upgrade from`)),
    ).toBeInTheDocument();
  }, 40_000);

  it('says once that a stored window starting and ending at the same time has no upgrade time', async () => {
    server.use(
      http.get('/api/account/maintenance-window', () =>
        HttpResponse.json(
          { ...db().maintenanceWindow, start: '03:00', end: '03:00' },
          { headers: { ETag: `"${db().maintenanceWindow.version}"` } },
        ),
      ),
    );
    renderCalendar();
    expect(
      await screen.findByText(/The saved maintenance window starts and ends at 03:00/, undefined, LOAD),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Not known/)).not.toBeInTheDocument();
  }, 40_000);

  it('loads every page of a 20,000-site account, showing progress, and counts all of them', async () => {
    const sites = Array.from({ length: 20_000 }, (_, index) =>
      summaryOf(
        `site-${index}`,
        `Site ${String(index).padStart(5, '0')}`,
        ZONES[index % ZONES.length] ?? 'UTC',
      ),
    );
    let releaseSecondPage = () => {};
    const secondPage = new Promise<void>((resolve) => (releaseSecondPage = resolve));
    serveSites(sites, (page) => (page === 2 ? secondPage : Promise.resolve()));
    renderCalendar();
    expect(await screen.findByText('Loading sites: 10,000 of 20,000', undefined, LOAD)).toBeInTheDocument();
    releaseSecondPage();
    expect(
      await screen.findByText(/20,000 sites in 5 time zones upgrade from/, undefined, LOAD),
    ).toBeInTheDocument();
  }, 60_000);
});
