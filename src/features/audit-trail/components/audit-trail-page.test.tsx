import { renderRoutes } from '@/testing/render-routes';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import { AuditTrailPage } from './audit-trail-page';

function renderAuditTrail(path = '/administration/audit-trail') {
  return renderRoutes(
    [
      { path: '/administration/audit-trail', element: <AuditTrailPage /> },
      { path: '/network/sites/:siteId/general', element: <h1>Site General</h1> },
    ],
    path,
  ).router;
}

// The first answer renders a whole MUI table in jsdom: slow on a busy machine.
const LOADED = { timeout: 10_000 };
const table = () => screen.getByRole('table', { name: 'Audit trail' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

describe('Administration > Audit Trail', { timeout: 60_000 }, () => {
  it('lists the changes newest first, each with who, what and before → after, linked to what changed', async () => {
    const router = renderAuditTrail();
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit Trail' })).toBeVisible();
    const frankfurt = await within(table()).findByRole('row', { name: /Frankfurt Data Center/ }, LOADED);
    expect(frankfurt).toHaveTextContent('Alex Morgan');
    expect(frankfurt).toHaveTextContent('Site upgrade window');
    expect(frankfurt).toHaveTextContent(/Day of the week: Account window\s*→\s*Tuesday/);
    expect(frankfurt).toHaveTextContent(/Time slot: Account window\s*→\s*02:00 – 04:00/);
    expect(within(frankfurt).getAllByRole('img', { name: 'changed to' })).toHaveLength(2);
    expect(bodyRows()[0]).toHaveTextContent('Year-end freeze');

    await userEvent.click(within(frankfurt).getByRole('link', { name: 'Frankfurt Data Center' }));
    expect(router.state.location.pathname).toBe('/network/sites/site-frankfurt/general');
  });

  it('filters by kind and administrator through the URL, back to page 1, and says when nothing matches', async () => {
    const router = renderAuditTrail('/administration/audit-trail?page=1');
    await within(table()).findByRole('row', { name: /Kolkata Office/ }, LOADED);

    await userEvent.click(screen.getByRole('combobox', { name: 'What changed' }));
    await userEvent.click(screen.getByRole('option', { name: 'Site General' }));
    await within(table()).findByRole('row', { name: /Tokyo Office/ }, LOADED);
    expect(router.state.location.search).toBe('?kind=site');
    expect(bodyRows()).toHaveLength(2);

    await userEvent.click(screen.getByRole('combobox', { name: 'Administrator' }));
    await userEvent.click(screen.getByRole('option', { name: 'Dana Admin' }));
    await within(table()).findByText('dana.admin@example.com', {}, LOADED);
    expect(bodyRows()).toHaveLength(1);

    await userEvent.click(screen.getByRole('combobox', { name: 'What changed' }));
    await userEvent.click(screen.getByRole('option', { name: 'Upgrade freeze' }));
    expect(await screen.findByText('No change matches these filters.', {}, LOADED)).toBeVisible();
    await userEvent.click(within(table()).getByRole('button', { name: 'Clear filters' }));
    await within(table()).findByRole('row', { name: /Frankfurt Data Center/ }, LOADED);
    expect(router.state.location.search).toBe('');
  });

  it('says a range that ends before it starts at the To field, and asks nothing', async () => {
    renderAuditTrail('/administration/audit-trail?from=2026-11-02&to=2026-11-01');
    expect(await screen.findByText('Choose a day on or after the From day.')).toBeVisible();
    expect(within(table()).getByText(/The To day comes before the From day/)).toBeVisible();
  });

  it('lets a viewer read the trail', async () => {
    setScenarios(['viewer']);
    renderAuditTrail();
    expect(await within(table()).findByRole('row', { name: /Kolkata Office/ }, LOADED)).toBeVisible();
  });

  it('says when the trail could not be loaded, and loads it on Retry', async () => {
    let failing = true;
    server.use(
      http.get('/api/audit-log', () =>
        failing ? HttpResponse.json({ message: 'Down.' }, { status: 500 }) : undefined,
      ),
    );
    renderAuditTrail();
    expect(
      await screen.findByText(/The audit trail could not be loaded/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await within(table()).findByRole('row', { name: /Kolkata Office/ }, LOADED)).toBeVisible();
  });
});
