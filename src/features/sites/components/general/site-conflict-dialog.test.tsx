import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Site } from '@/contract/sites';
import { SiteConflictDialog } from './site-conflict-dialog';
import type { SiteConflict } from './site-conflict-merge';
import { toSiteFormValues } from './site-form-values';

const base: Site = {
  id: 'site-tokyo',
  name: 'Tokyo Office',
  description: 'Sales and support for Japan.',
  siteType: 'Branch',
  connectionType: 'X1600',
  countryCode: 'JP',
  stateCode: 'JP-13',
  cityName: 'Tokyo',
  address: '2-7-2 Marunouchi, Chiyoda-ku',
  timezone: 'Asia/Tokyo',
  socketVersion: '26.3.22410',
  haMode: 'single',
  upgradeWindow: null,
  version: 2,
  updatedAt: '2026-06-02T15:45:00.000Z',
  updatedBy: 'Alex Morgan',
};

// Dana moved the site to Osaka (state and address); this administrator renamed it and changed
// its address too.
const conflict: SiteConflict = {
  base,
  theirs: {
    ...base,
    stateCode: 'JP-27',
    address: '3-1 Umeda, Kita-ku',
    version: 3,
    updatedBy: 'Dana Admin',
  },
  yours: { ...toSiteFormValues(base), name: 'Tokyo Branch', address: '1-1 Nihonbashi, Chuo-ku' },
};

function renderDialog() {
  const onKeepTheirs = vi.fn();
  const onReplaceTheirs = vi.fn();
  render(
    <SiteConflictDialog conflict={conflict} onKeepTheirs={onKeepTheirs} onReplaceTheirs={onReplaceTheirs} />,
  );
  return { onKeepTheirs, onReplaceTheirs };
}

/** A side's rows, as "label: value" texts. */
function rows(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

// Dialogs with transitions can pass the default 5 s on a loaded machine.
describe('the site conflict dialog', { timeout: 30_000 }, () => {
  it('shows every field that differs, who changed it, and which of theirs a replace keeps', async () => {
    const { onReplaceTheirs } = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Someone else saved first' });
    expect(rows(within(dialog).getByRole('region', { name: 'Theirs (saved)' }))).toEqual([
      'Name: Tokyo Office',
      'State (changed by them): Ôsaka · Kept',
      'Address (changed by them): 3-1 Umeda, Kita-ku',
    ]);
    expect(rows(within(dialog).getByRole('region', { name: 'Yours (not saved)' }))).toEqual([
      'Name (changed by you): Tokyo Branch · Replaces theirs',
      'State: Tôkyô',
      'Address (changed by you): 1-1 Nihonbashi, Chuo-ku · Replaces theirs',
    ]);
    expect(dialog).toHaveTextContent(
      'If you replace theirs with yours: Their State is kept; your Name and Address replace theirs.',
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace with mine…' }));
    expect(screen.getByRole('dialog', { name: 'Replace their change with yours?' })).toHaveTextContent(
      'Their State is kept; your Name and Address replace theirs.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Replace theirs with mine' }));
    expect(onReplaceTheirs).toHaveBeenCalledOnce();
  });

  it('keeps theirs in one step', async () => {
    const { onKeepTheirs, onReplaceTheirs } = renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(onKeepTheirs).toHaveBeenCalledOnce();
    expect(onReplaceTheirs).not.toHaveBeenCalled();
  });
});
