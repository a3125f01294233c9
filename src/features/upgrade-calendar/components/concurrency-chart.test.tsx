import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { group, site } from '../model/test-groups';
import { concurrencyPeak, hourlyConcurrency } from '../model/concurrency';
import { ConcurrencyChart } from './concurrency-chart';

describe('ConcurrencyChart', () => {
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
    site('Tokyo Office', 'Asia/Tokyo'),
    site('Osaka Branch', 'Asia/Tokyo', 'JP', 'ha'),
  ]);
  const kolkata = group('Asia/Kolkata', '2023-03-11T17:30Z', '2023-03-11T19:30Z', [
    site('Mumbai Office', 'Asia/Kolkata', 'IN'),
  ]);
  const groups = [tokyo, kolkata];

  function renderChart() {
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: (
            <ConcurrencyChart
              buckets={hourlyConcurrency(groups, 'UTC')}
              displayZone="UTC"
              peakMillis={concurrencyPeak(groups)?.start.toMillis() ?? 0}
              describedBy="legend"
            />
          ),
        },
      ],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    return screen.getByRole('group', { name: 'Sites in their upgrade window per hour (UTC)' });
  }

  it('names each hour, its sites single-Socket and HA apart, and marks the peak', { timeout: 30_000 }, () => {
    const chart = renderChart();
    expect(
      within(chart)
        .getAllByRole('button')
        .map((bar) => bar.getAttribute('aria-label')),
    ).toEqual([
      'Saturday 11 March, 16:00 – 17:00 (UTC): 2 sites in their upgrade window, 1 single-Socket, 1 HA',
      'Saturday 11 March, 17:00 – 18:00 (UTC): 3 sites in their upgrade window, 2 single-Socket, 1 HA. The peak',
      'Saturday 11 March, 18:00 – 19:00 (UTC): 1 site in their upgrade window, 1 single-Socket, 0 HA',
      'Saturday 11 March, 19:00 – 20:00 (UTC): 1 site in their upgrade window, 1 single-Socket, 0 HA',
    ]);
  });

  // Rendering MUI in jsdom is slow on a busy machine.
  it(
    'previews who upgrades on hover and on focus, and pins the list with links on Enter',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const chart = renderChart();
      const bars = within(chart).getAllByRole('button');
      await user.hover(bars[1] as HTMLElement);
      const preview = await screen.findByRole('tooltip');
      expect(preview).toHaveTextContent('Asia/Tokyo (2 sites, 1 HA): Tokyo Office, Osaka Branch');
      expect(preview).toHaveTextContent('Asia/Kolkata (1 site): Mumbai Office');
      await user.unhover(bars[1] as HTMLElement);
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

      // One tab stop; the arrows move the focus and the preview with it.
      await user.tab();
      expect(bars[0]).toHaveFocus();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(bars[2]).toHaveFocus();
      expect(screen.getByRole('tooltip')).toHaveAccessibleName('Saturday 11 March, 18:00 – 19:00 (UTC)');
      expect(bars[2]).toHaveAccessibleDescription(/Mumbai Office/);

      await user.keyboard('{Enter}');
      expect(bars[2]).toHaveAttribute('aria-expanded', 'true');
      const pinned = screen.getByRole('region', { name: 'Saturday 11 March, 18:00 – 19:00 (UTC)' });
      await user.click(within(pinned).getByRole('button', { name: /^Asia\/Kolkata: 1 site/ }));
      expect(within(pinned).getByRole('link', { name: 'Mumbai Office' })).toHaveAttribute(
        'href',
        '/network/sites/mumbai-office/general',
      );
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
      expect(bars[2]).toHaveFocus();
    },
  );
});
