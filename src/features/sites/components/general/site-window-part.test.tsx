import { renderRoutes } from '@/testing/render-routes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import { updateSiteGeneral } from '@/api/sites/update-site-general';
import { updateSiteWindow } from '@/api/sites/update-site-window';
import { toSiteFormValues } from './site-form-values';
import { SiteGeneralPage } from '../site-general-page';

function renderSite(siteId: string) {
  renderRoutes(
    [{ path: '/network/sites/:siteId/general', element: <SiteGeneralPage /> }],
    `/network/sites/${siteId}/general`,
  );
}

const saveButton = () => screen.getByRole('button', { name: 'Save' });
const ownWindow = () => screen.getByRole('radio', { name: "This site's own window" });
const accountsWindow = () => screen.getByRole('radio', { name: /^Use the account's window/ });
const preview = () => screen.getByText(/This site's Sockets upgrade on/).closest('[role="status"]');
const storedTokyo = () => db().sites.find((site) => site.id === 'site-tokyo');

async function choose(name: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name }));
  const listbox = await screen.findByRole('listbox');
  await userEvent.click(within(listbox).getByRole('option', { name: new RegExp(`^${option}`) }));
}

/** Counts the PUTs sent to each endpoint. */
function countPuts() {
  const puts: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') puts.push(new URL(request.url).pathname);
  });
  return puts;
}

afterEach(() => server.events.removeAllListeners());

describe("the General page's Socket upgrade window", { timeout: 60_000 }, () => {
  it("names the account's real window, previews an own window before saving, and saves it alone", async () => {
    renderSite('site-tokyo');
    expect(
      await screen.findByRole('radio', { name: "Use the account's window (Sunday 01:00 – 03:00)" }),
    ).toBeChecked();
    expect(await screen.findByText(/This site's Sockets upgrade on/)).toHaveTextContent(/upgrade on Sunday/);
    expect(saveButton()).toBeDisabled();
    const puts = countPuts();

    await userEvent.click(ownWindow());
    // The own window starts from the account's day and slot; it is a change all the same: the
    // site would no longer follow the account's window when that changes.
    expect(screen.getByRole('combobox', { name: 'Day of the week' })).toHaveTextContent('Sunday');
    expect(saveButton()).toBeEnabled();
    await userEvent.click(accountsWindow());
    expect(saveButton()).toBeDisabled();
    await userEvent.click(ownWindow());
    await choose('Day of the week', 'Tuesday');
    await choose('Time slot', '02:00 – 04:00');
    expect(preview()).toHaveTextContent(/upgrade on Tuesday .*, 02:00 – 04:00 \(JST\)/);
    expect(preview()).toHaveTextContent("with this site's own window");
    expect(saveButton()).toBeEnabled();

    await userEvent.click(saveButton());
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(puts).toEqual(['/api/sites/site-tokyo/upgrade-window']);
    expect(storedTokyo()).toMatchObject({
      upgradeWindow: { day: 'TUESDAY', start: '02:00', end: '04:00' },
      version: 3,
    });
    expect(saveButton()).toBeDisabled();

    // The window save bumped the version: the General form's next save is not a false conflict.
    await userEvent.type(screen.getByRole('textbox', { name: 'City' }), ' Station');
    await userEvent.click(saveButton());
    await waitFor(() => expect(saveButton()).toBeDisabled(), { timeout: 10_000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(storedTokyo()).toMatchObject({ cityName: 'Tokyo Station', version: 4 });
    expect(puts).toEqual(['/api/sites/site-tokyo/upgrade-window', '/api/sites/site-tokyo/general']);
  });

  it('saves both parts with one Save: General first, then the window with the version it returned', async () => {
    renderSite('site-frankfurt');
    expect(await screen.findByRole('radio', { name: "This site's own window" })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Day of the week' })).toHaveTextContent('Tuesday');
    const puts = countPuts();
    const before = db().sites.find((site) => site.id === 'site-frankfurt')?.version ?? 0;

    await userEvent.type(screen.getByRole('textbox', { name: 'City' }), ' West');
    await userEvent.click(accountsWindow());
    expect(preview()).toHaveTextContent("with the account's maintenance window");
    await userEvent.click(saveButton());
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(puts).toEqual(['/api/sites/site-frankfurt/general', '/api/sites/site-frankfurt/upgrade-window']);
    expect(db().sites.find((site) => site.id === 'site-frankfurt')).toMatchObject({
      cityName: 'Frankfurt am Main West',
      upgradeWindow: null,
      version: before + 2,
    });
    expect(saveButton()).toBeDisabled();
  });

  it("keeps the administrator's choice when someone else saved first, and says what they saved", async () => {
    renderSite('site-tokyo');
    await userEvent.click(await screen.findByRole('radio', { name: "This site's own window" }));
    await choose('Day of the week', 'Wednesday');
    setScenarios(['conflict-next-save']);
    await userEvent.click(saveButton());

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Upgrade window not saved: Dana Admin saved this site first');
    expect(ownWindow()).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Day of the week' })).toHaveTextContent('Wednesday');
    // Theirs stands until this administrator saves again: an own window an hour after the account's.
    expect(storedTokyo()?.upgradeWindow).toEqual({ day: 'SUNDAY', start: '02:00', end: '04:00' });

    // Save again: theirs is replaced, on purpose, with the version the conflict brought.
    await userEvent.click(saveButton());
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(storedTokyo()?.upgradeWindow).toEqual({ day: 'WEDNESDAY', start: '01:00', end: '03:00' });
  });

  it('offers to keep theirs instead', async () => {
    renderSite('site-tokyo');
    await userEvent.click(await screen.findByRole('radio', { name: "This site's own window" }));
    await choose('Time slot', '04:00 – 06:00');
    setScenarios(['conflict-next-save']);
    await userEvent.click(saveButton());
    await userEvent.click(await screen.findByRole('button', { name: 'Use theirs' }, { timeout: 10_000 }));
    // Theirs: the site's own window, an hour after the account's.
    expect(ownWindow()).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Time slot' })).toHaveTextContent('02:00 – 04:00');
    expect(saveButton()).toBeDisabled();
  });

  it('saves the General fields without asking when someone else changed only the window', async () => {
    renderSite('site-tokyo');
    await userEvent.type(await screen.findByRole('textbox', { name: 'City' }), ' Station');
    // Another administrator (or another tab) gives the site its own window meanwhile.
    const seen = storedTokyo()?.version ?? 0;
    await updateSiteWindow({
      siteId: 'site-tokyo',
      data: { upgradeWindow: { day: 'TUESDAY', start: '02:00', end: '04:00' } },
      version: seen,
    });
    await userEvent.click(saveButton());
    await waitFor(() => expect(saveButton()).toBeDisabled(), { timeout: 10_000 });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Both changes stand: theirs (the window) and this administrator's (the city).
    expect(storedTokyo()).toMatchObject({
      cityName: 'Tokyo Station',
      upgradeWindow: { day: 'TUESDAY', start: '02:00', end: '04:00' },
      version: seen + 2,
    });
  });

  it('saves the window without asking when someone else changed only the General fields', async () => {
    renderSite('site-tokyo');
    await userEvent.click(await screen.findByRole('radio', { name: "This site's own window" }));
    await choose('Day of the week', 'Thursday');
    const seen = storedTokyo();
    if (!seen) throw new Error('The seed has no Tokyo site.');
    await updateSiteGeneral({
      siteId: 'site-tokyo',
      data: { ...toSiteFormValues(seen), description: 'Checked by another administrator.' },
      version: seen.version,
    });
    await userEvent.click(saveButton());
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(storedTokyo()).toMatchObject({
      description: 'Checked by another administrator.',
      upgradeWindow: { day: 'THURSDAY', start: '01:00', end: '03:00' },
    });
  });

  it('keeps the choice and offers Retry when the window save fails', async () => {
    renderSite('site-tokyo');
    await userEvent.click(await screen.findByRole('radio', { name: "This site's own window" }));
    await choose('Day of the week', 'Monday');
    setScenarios(['fail-next-save']);
    await userEvent.click(saveButton());
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Upgrade window not saved');
    expect(screen.getByRole('combobox', { name: 'Day of the week' })).toHaveTextContent('Monday');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(storedTokyo()?.upgradeWindow).toMatchObject({ day: 'MONDAY' });
  });

  it('shows a viewer the window read-only', async () => {
    setScenarios(['viewer']);
    renderSite('site-frankfurt');
    expect(await screen.findByRole('radio', { name: "This site's own window" })).toBeChecked();
    expect(ownWindow()).toBeDisabled();
    expect(accountsWindow()).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Day of the week' })).toHaveAttribute(
      'aria-readonly',
      'true',
    );
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
