import { renderRoutes } from '@/testing/render-routes';
import { type InfiniteData } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MAX_SITES_PAGE_SIZE, type SiteList } from '@/contract/sites';
import { allSitesQueryKey } from '@/api/sites/get-all-sites';
import { UpgradeCalendarPage } from './upgrade-calendar-page';

function renderCalendar(path: string) {
  return renderRoutes([{ path: '/upgrade-calendar', element: <UpgradeCalendarPage /> }], path).queryClient;
}

describe('UpgradeCalendarPage', () => {
  it("shows a site's new time zone as soon as the sites cache changes, without a reload", async () => {
    const queryClient = renderCalendar(
      '/upgrade-calendar?released=2023-03-03T09:00:00Z&view=table&site=Tokyo',
    );
    const table = await screen.findByRole(
      'table',
      { name: 'Upgrade window of each site' },
      { timeout: 20_000 },
    );
    expect(await within(table).findByText('Sunday 12 March 2023, 01:00 – 03:00 (JST)')).toBeInTheDocument();

    // What the General page's save does to the cache: the list now says Asia/Kolkata.
    queryClient.setQueryData<InfiniteData<SiteList>>([...allSitesQueryKey, MAX_SITES_PAGE_SIZE], (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((list) => ({
              ...list,
              items: list.items.map((site) =>
                site.id === 'site-tokyo' ? { ...site, timezone: 'Asia/Kolkata' } : site,
              ),
            })),
          }
        : data,
    );
    expect(
      await within(table).findByText('Asia/Kolkata', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // Kolkata's 01:00 is 3 h 30 min after Tokyo's: 19:30 UTC on the Saturday.
    expect(within(table).getByText('Saturday 11 March 2023, 19:30 – 21:30 (UTC)')).toBeInTheDocument();
  }, 40_000); // The whole page with its pickers renders slowly in jsdom.
});
