import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { group, site } from '../model/test-groups';
import { ExportCalendarDialog } from './export-calendar-dialog';

// Rendering MUI in jsdom is slow on a busy machine.
describe('ExportCalendarDialog', { timeout: 30_000 }, () => {
  // Tokyo and Seoul open together (one wave); London later.
  const tokyo = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [site('Tokyo', 'Asia/Tokyo')]);
  const seoul = group('Asia/Seoul', '2023-03-11T16:00Z', '2023-03-11T18:00Z', [
    site('Seoul A', 'Asia/Seoul', 'KR'),
    site('Seoul B', 'Asia/Seoul', 'KR', 'ha'),
  ]);
  const london = group('Europe/London', '2023-03-12T01:00Z', '2023-03-12T03:00Z', [
    site('London', 'Europe/London', 'GB'),
  ]);

  function renderDialog(filteredGroups?: (typeof tokyo)[]) {
    const onExport = vi.fn();
    render(
      <ExportCalendarDialog
        open
        allGroups={[tokyo, seoul, london]}
        filteredGroups={filteredGroups}
        exporting={false}
        onClose={() => {}}
        onExport={onExport}
      />,
    );
    return { onExport, dialog: screen.getByRole('dialog', { name: 'Add to calendar' }) };
  }

  it('says how many events each choice makes', () => {
    const { dialog } = renderDialog();
    expect(within(dialog).getByRole('radio', { name: /^Wave: .* \(2 events\)$/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Time Zone: .* \(3 events\)$/ })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /^Site: .* \(4 events\)$/ })).toBeInTheDocument();
    // No filter: no choice of sites.
    expect(within(dialog).queryByRole('radio', { name: /^All sites/ })).not.toBeInTheDocument();
  });

  it('exports the filtered sites, one event per site, with a reminder a day before', async () => {
    const user = userEvent.setup();
    const { dialog, onExport } = renderDialog([seoul]);
    await user.click(within(dialog).getByRole('radio', { name: 'The filtered sites (2)' }));
    await user.click(within(dialog).getByRole('radio', { name: /^Site:/ }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Reminder' }));
    await user.click(screen.getByRole('option', { name: '1 day before' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download .ics (2 events, 2 sites)' }));
    expect(onExport).toHaveBeenCalledWith({
      groups: [seoul],
      eventPer: 'site',
      reminderMinutesBefore: 24 * 60,
    });
  });

  it('adds no reminder unless one is chosen', async () => {
    const user = userEvent.setup();
    const { dialog, onExport } = renderDialog();
    await user.click(within(dialog).getByRole('radio', { name: /^Wave:/ }));
    await user.click(within(dialog).getByRole('button', { name: /^Download \.ics/ }));
    expect(onExport).toHaveBeenCalledWith({
      groups: [tokyo, seoul, london],
      eventPer: 'wave',
      reminderMinutesBefore: undefined,
    });
  });
});
