import { renderRoutes } from '@/testing/render-routes';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import { SiteGeneralPage } from '../site-general-page';

function renderSite(siteId: string) {
  renderRoutes(
    [{ path: '/network/sites/:siteId/general', element: <SiteGeneralPage /> }],
    `/network/sites/${siteId}/general`,
  );
}

const renderTokyo = () => renderSite('site-tokyo');

const form = () => screen.getByRole('form', { name: 'General' });
const field = (name: string) => screen.getByRole('textbox', { name });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Counts the PUTs sent, each held for a moment as a real network would. */
function countSlowPuts() {
  const puts = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'PUT') puts.count += 1;
  });
  server.use(
    http.put('/api/sites/:siteId/general', async () => {
      await delay(150);
      return undefined; // on to the mocked backend's own handler
    }),
  );
  return puts;
}

afterEach(() => server.events.removeAllListeners());

describe('saving a site’s General form', { timeout: 30_000 }, () => {
  it('marks the required fields for an administrator', async () => {
    renderTokyo();
    expect(await screen.findByRole('textbox', { name: 'Name' }, { timeout: 10_000 })).toBeRequired();
    expect(screen.getByRole('combobox', { name: 'Time Zone' })).toBeRequired();
    expect(form().querySelectorAll('.MuiFormLabel-asterisk').length).toBeGreaterThan(0);
  });

  it('shows a viewer no required marks on fields they cannot change', async () => {
    setScenarios(['viewer']);
    renderTokyo();
    const name = await screen.findByRole('textbox', { name: 'Name' }, { timeout: 10_000 });
    expect(name).toHaveAttribute('readonly');
    expect(name).not.toBeRequired();
    expect(screen.getByRole('combobox', { name: 'Time Zone' })).not.toBeRequired();
    expect(form().querySelectorAll('.MuiFormLabel-asterisk')).toHaveLength(0);
  });

  it('sends one PUT when the form is submitted twice before anything re-renders', async () => {
    renderTokyo();
    await userEvent.type(await screen.findByRole('textbox', { name: 'City' }), ' Station');
    const puts = countSlowPuts();
    // Enter pressed twice: two submits in a row, while the first is still being validated.
    fireEvent.submit(form());
    fireEvent.submit(form());
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(puts.count).toBe(1);
    expect(db().sites.find((site) => site.id === 'site-tokyo')).toMatchObject({
      cityName: 'Tokyo Station',
      version: 3,
    });
  });

  it('keeps the keyboard focus in the form after a save from the keyboard', async () => {
    renderTokyo();
    await userEvent.type(await screen.findByRole('textbox', { name: 'City' }), ' Station');
    act(() => saveButton().focus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(saveButton()).toBeDisabled();
    expect(form()).toHaveFocus();
  });

  it('replaces only what this administrator changed when another saved first', async () => {
    setScenarios(['conflict-next-save']);
    renderTokyo();
    await userEvent.clear(await screen.findByRole('textbox', { name: 'Address' }));
    await userEvent.type(field('Address'), '1-1 Nihonbashi, Chuo-ku');
    await userEvent.click(saveButton());
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved first' });
    expect(dialog).toHaveTextContent('Their Description is kept; your Address replaces theirs.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace with mine…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace theirs with mine' }));
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    const saved = db().sites.find((site) => site.id === 'site-tokyo');
    expect(saved?.address).toBe('1-1 Nihonbashi, Chuo-ku');
    expect(saved?.description).toMatch(/^Circuit details checked by Dana Admin/);
    expect(saved?.version).toBe(4);
    expect(field('Description')).toHaveValue(saved?.description);
  });
});

/** Chooses a country as typed and picked from the list (pasted: the list then holds one option). */
async function chooseCountry(name: string) {
  const country = await screen.findByRole('combobox', { name: 'Country' });
  if (!(country instanceof HTMLInputElement)) throw new Error('Country is not a text field');
  act(() => {
    country.focus();
    country.select();
  });
  await userEvent.paste(name);
  await userEvent.click(await screen.findByRole('option', { name }));
}

describe('choosing the country of a site', { timeout: 30_000 }, () => {
  const timeZone = () => screen.getByRole('combobox', { name: 'Time Zone' });

  it('offers the time zone of a country that has one, and sets it only when asked', async () => {
    renderSite('site-london');
    await chooseCountry('Japan');
    expect(await screen.findByText('Japan has one time zone, Asia/Tokyo.')).toBeVisible();
    // Nothing changed yet, and the offer stands in for the "not a zone of Japan" warning.
    expect(timeZone()).toHaveValue('Europe/London');
    expect(screen.queryByText(/is a time zone of United Kingdom, not of Japan/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Set Time Zone to Asia/Tokyo' }));
    expect(timeZone()).toHaveValue('Asia/Tokyo');
    expect(timeZone()).toHaveFocus();
    expect(screen.queryByText('Japan has one time zone, Asia/Tokyo.')).not.toBeInTheDocument();
    expect(saveButton()).toBeEnabled();
  });

  it('keeps the zone when the offer is declined, and then warns that it is of another country', async () => {
    renderSite('site-london');
    await chooseCountry('Japan');
    await userEvent.click(await screen.findByRole('button', { name: 'Keep Europe/London' }));
    expect(timeZone()).toHaveValue('Europe/London');
    expect(screen.queryByText('Japan has one time zone, Asia/Tokyo.')).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Europe\/London is a time zone of United Kingdom, not of Japan\./),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveFocus();
  });

  it('offers nothing for a country of several zones: the picker lists them first', async () => {
    renderSite('site-london');
    await chooseCountry('Australia');
    expect(
      await screen.findByText(/Australia has \d+ time zones: choose the one of the site.s city/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Set Time Zone/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Europe\/London is a time zone of United Kingdom, not of Australia\./),
    ).toBeVisible();
  });

  it('offers nothing when the site already keeps the country’s zone', async () => {
    renderSite('site-london');
    await chooseCountry('Japan');
    await userEvent.click(await screen.findByRole('button', { name: 'Set Time Zone to Asia/Tokyo' }));
    await chooseCountry('United Kingdom');
    await chooseCountry('Japan');
    expect(screen.queryByRole('button', { name: /^Set Time Zone/ })).not.toBeInTheDocument();
  });
});
