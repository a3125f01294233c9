import { renderRoutes } from '@/testing/render-routes';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteGeneralPage } from './site-general-page';

function renderGeneralPage(siteId: string) {
  renderRoutes(
    [
      { path: '/network/sites/:siteId/general', element: <SiteGeneralPage /> },
      { path: '/network/sites', element: <h1>Sites list</h1> },
    ],
    `/network/sites/${siteId}/general`,
  );
}

describe('the General page of a site', { timeout: 30_000 }, () => {
  it('shows the site, previews the upgrade window of a newly chosen zone, and saves it', async () => {
    renderGeneralPage('site-tokyo');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tokyo Office' })).toBeVisible();
    const timeZone = await screen.findByRole('combobox', { name: 'Time Zone' });
    expect(timeZone).toHaveValue('Asia/Tokyo');
    const preview = await screen.findByText(/This site's Sockets upgrade on/);
    expect(preview).toHaveTextContent(/\(JST\)/);
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    // Typed in one go over the selected zone, without the click that first opens (and renders)
    // all ~450 zones, which jsdom does slowly.
    if (!(timeZone instanceof HTMLInputElement)) throw new Error('Time Zone is not a text field');
    act(() => {
      timeZone.focus();
      timeZone.select();
    });
    await userEvent.paste('+05:45');
    await userEvent.click(await screen.findByRole('option', { name: /^Asia\/Kathmandu/ }));
    expect(timeZone).toHaveValue('Asia/Kathmandu');
    expect(screen.getByText(/This site's Sockets upgrade on/)).not.toHaveTextContent(/\(JST\)/);
    expect(screen.getByText(/is a time zone of Nepal, not of Japan/)).toBeVisible();

    await userEvent.click(save);
    expect(await screen.findByText('Site saved.', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('says when a site does not exist and links back to Sites', async () => {
    renderGeneralPage('no-such-site');
    expect(await screen.findByRole('heading', { level: 1, name: 'Site not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to Sites' })).toHaveAttribute('href', '/network/sites');
  });
});
