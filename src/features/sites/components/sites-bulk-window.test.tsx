import { renderRoutes } from '@/testing/render-routes';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@mocks/db';
import { setScenarios } from '@mocks/scenarios';
import { SitesPage } from './sites-page';

function renderSitesPage(search = '') {
  renderRoutes([{ path: '/network/sites', element: <SitesPage /> }], `/network/sites${search}`);
}

const table = () => screen.getByRole('table', { name: 'Sites' });
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(`^(Select )?${name}`) });
const stored = (id: string) => db().sites.find((site) => site.id === id);

async function choose(name: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name }));
  const listbox = await screen.findByRole('listbox');
  await userEvent.click(within(listbox).getByRole('option', { name: new RegExp(`^${option}`) }));
}

describe('the upgrade window in Network > Sites', { timeout: 60_000 }, () => {
  it('marks the sites with their own window and filters on it', async () => {
    renderSitesPage();
    await screen.findByRole('link', { name: 'Frankfurt Data Center' });
    expect(row('Frankfurt Data Center')).toHaveTextContent('Own: Tue 02:00 – 04:00');
    expect(row('Tokyo Office')).not.toHaveTextContent('Own:');

    await choose('Upgrade window', 'Own');
    await screen.findByText('1–1 of 1');
    expect(
      within(table())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Frankfurt Data Center']);
  });

  it('sets a window on the ticked sites, reports each, and replaces a conflicting one only when asked', async () => {
    renderSitesPage();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Tokyo Office' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select London HQ' }));
    expect(screen.getByRole('region', { name: 'Selected sites' })).toHaveTextContent('2 sites selected');

    await userEvent.click(screen.getByRole('button', { name: 'Set upgrade window…' }));
    const dialog = screen.getByRole('dialog', { name: 'Set upgrade window for 2 sites' });
    await choose('Day of the week', 'Wednesday');
    await choose('Time slot', '03:00 – 05:00');
    // Dana moves the first listed site's window just before this save.
    setScenarios(['conflict-next-save']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const results = await within(dialog).findByRole(
      'list',
      { name: 'Result for each site' },
      { timeout: 10_000 },
    );
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '1 site saved · 1 site changed by someone else first',
    );
    const items = within(results).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      /^Tokyo OfficeNot saved: Dana Admin changed this site since the list was loaded/,
    );
    expect(items[1]).toHaveTextContent(/^London HQSaved\.$/);
    // Dana's window (an hour after the account's) stands until this administrator replaces it.
    expect(stored('site-tokyo')?.upgradeWindow).toEqual({ day: 'SUNDAY', start: '02:00', end: '04:00' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace theirs on 1 site' }));
    await within(dialog).findByText('2 sites saved', {}, { timeout: 10_000 });
    expect(stored('site-tokyo')?.upgradeWindow).toEqual({ day: 'WEDNESDAY', start: '03:00', end: '05:00' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    // Every ticked site was saved: the selection is done, and the list shows the new windows.
    expect(screen.queryByRole('region', { name: 'Selected sites' })).not.toBeInTheDocument();
    await within(table()).findAllByText('Own: Wed 03:00 – 05:00', {}, { timeout: 10_000 });
  });

  it('ticks the whole page at once, and sends sites back to the account window', async () => {
    renderSitesPage('?window=own');
    await screen.findByRole('link', { name: 'Frankfurt Data Center' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all sites on this page' }));
    expect(screen.getByRole('checkbox', { name: 'Select Frankfurt Data Center' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Set upgrade window…' }));
    const dialog = screen.getByRole('dialog', { name: 'Set upgrade window for 1 site' });
    await userEvent.click(
      within(dialog).getByRole('radio', { name: "Follow the account's window (Sunday 01:00 – 03:00)" }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('1 site saved', {}, { timeout: 10_000 })).toBeVisible();
    expect(stored('site-frankfurt')?.upgradeWindow).toBeNull();
  });

  it('gives a viewer no ticks and no bulk action', async () => {
    setScenarios(['viewer']);
    renderSitesPage();
    await screen.findByRole('link', { name: 'Frankfurt Data Center' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set upgrade window…' })).not.toBeInTheDocument();
  });
});
