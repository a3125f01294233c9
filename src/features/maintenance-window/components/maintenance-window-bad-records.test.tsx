import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { formLoaded } from '../testing/maintenance-window-actions';
import { FORM_TEST_TIMEOUT, renderMaintenanceWindow } from '../testing/render-maintenance-window';

/** The seeded sites and one whose stored zone no browser knows. */
function serveSitesWithBadZone() {
  const sites = [
    ...db().sites,
    { ...db().sites[0]!, id: 'site-mars', name: 'Mars Base', timezone: 'Mars/Olympus' },
  ];
  server.use(http.get('/api/sites', () => HttpResponse.json({ items: sites, total: sites.length })));
}

describe('System Settings with bad records', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('keeps the form and the preview, and lists the site whose zone is not recognised', async () => {
    serveSitesWithBadZone();
    renderMaintenanceWindow();
    await formLoaded();
    expect(
      await screen.findByText(/1 site is left out of the preview: time zone not recognised/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'fix the time zone of Mars Base' })).toHaveAttribute(
      'href',
      '/network/sites/site-mars/general',
    );
    // The preview still shows every other site's upgrade.
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('does not call an account empty when every site has a zone that is not recognised', async () => {
    const sites = [{ ...db().sites[0]!, id: 'site-mars', name: 'Mars Base', timezone: 'Mars/Olympus' }];
    server.use(http.get('/api/sites', () => HttpResponse.json({ items: sites, total: 1 })));
    renderMaintenanceWindow();
    await formLoaded();
    expect(await screen.findByText('There is no site to preview.')).toBeInTheDocument();
    expect(screen.getByText(/1 site is left out of the preview/)).toBeInTheDocument();
  });

  it('says once that the saved window starts and ends at the same time', async () => {
    server.use(
      http.get('/api/account/maintenance-window', () =>
        HttpResponse.json({ ...db().maintenanceWindow, start: '03:00', end: '03:00' }),
      ),
    );
    renderMaintenanceWindow();
    expect(
      await screen.findByText(/The saved maintenance window starts and ends at 03:00/),
    ).toBeInTheDocument();
  });
});
