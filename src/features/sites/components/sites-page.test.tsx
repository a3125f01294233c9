import { renderRoutes } from '@/testing/render-routes';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setScenarios } from '@mocks/scenarios';
import { SitesPage } from './sites-page';

function renderSitesPage(search = '') {
  return renderRoutes([{ path: '/network/sites', element: <SitesPage /> }], `/network/sites${search}`).router;
}

/** Catches what the page hands to the downloads: the file's name and its bytes. */
function catchDownloads() {
  const files: { name: string; text: () => Promise<string>; bytes: () => Promise<Uint8Array> }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((created) => {
    blob = created as Blob;
    return 'blob:sites';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const file = blob!;
    files.push({
      name: this.download,
      bytes: async () => new Uint8Array(await file.arrayBuffer()),
      text: async () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer()),
    });
  });
  return files;
}

/** A phone: the page's media query for narrow screens matches. */
function onAPhone() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));
}

describe('Network > Sites', { timeout: 60_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers only the countries that have sites, with their counts, and filters by the one chosen', async () => {
    const user = userEvent.setup();
    const router = renderSitesPage();
    const table = await screen.findByRole('table', { name: 'Sites' });
    await within(table).findByRole('link', { name: 'London HQ' });
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toContain('Germany (2)');
    expect(options.map((option) => option.textContent)).toContain('United States of America (4)');
    expect(options.some((option) => option.textContent?.startsWith('France'))).toBe(false);
    await user.click(screen.getByRole('option', { name: 'Germany (2)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=DE'));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
  });

  it('exports every page of the filtered, sorted list as UTF-8 CSV with a byte order mark', async () => {
    const files = catchDownloads();
    const user = userEvent.setup();
    renderSitesPage('?country=US&sort=-name');
    await within(await screen.findByRole('table', { name: 'Sites' })).findByRole('link', {
      name: 'New York Office',
    });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(
      await screen.findByText(/^Exported 4 sites to sites-next-upgrades-\d{8}T\d{4}Z\.csv\.$/),
    ).toBeVisible();
    expect(files).toHaveLength(1);
    expect([...(await files[0]!.bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await files[0]!.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5); // the header and the four sites in the United States
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'New York Office',
      'Los Angeles Office',
      'Honolulu Office',
      'AWS us-east-1',
    ]);
  });

  it(
    'loads a large account page after page for the export, saying how far it got',
    { timeout: 120_000 },
    async () => {
      // Each page takes a moment, as over a network: the progress stays on screen while it does.
      setScenarios(['large'], { latencyMs: 300 });
      const files = catchDownloads();
      const user = userEvent.setup();
      renderSitesPage();
      await screen.findByText(/of 5,?000/, {}, { timeout: 30_000 });
      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(
        await screen.findByText(
          /^Loading sites for the export: [\d,]+ of 5,000 sites…$/,
          {},
          { timeout: 30_000 },
        ),
      ).toBeVisible();
      expect(screen.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
      expect(await screen.findByText(/^Exported 5,000 sites to /, {}, { timeout: 30_000 })).toBeVisible();
      const ids = (await files[0]!.text())
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((line) => line.match(/,(site-[\w-]+),/)?.[1]);
      expect(new Set(ids).size).toBe(5_000);
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    },
  );

  it('shows cards on a phone, with the filters and the order in a sheet', async () => {
    onAPhone();
    const user = userEvent.setup();
    const router = renderSitesPage();
    const cards = await screen.findByRole('list', { name: 'Sites' });
    const tokyo = await within(cards).findByRole('article', { name: 'Tokyo Office' });
    expect(tokyo).toHaveTextContent('Tokyo, Tôkyô, Japan');
    expect(tokyo).toHaveTextContent('Asia/Tokyo · UTC+09:00');
    expect(tokyo).toHaveTextContent(/Next upgrade: \w{3} \d{1,2} \w{3}, 01:00 – 03:00 \(JST\)/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filter and sort' }));
    const sheet = await screen.findByRole('dialog', { name: 'Filter and sort' });
    await user.click(within(sheet).getByRole('combobox', { name: 'Sort by' }));
    await user.click(await screen.findByRole('option', { name: 'Next upgrade, soonest first' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=nextUpgrade'));
  });
});
