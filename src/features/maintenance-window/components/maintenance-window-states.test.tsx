import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import {
  choose,
  chooseSaturdayLateNight,
  dayField,
  formLoaded,
  saveButton,
  timeSlotField,
} from '../testing/maintenance-window-actions';
import { FORM_TEST_TIMEOUT, renderMaintenanceWindow } from '../testing/render-maintenance-window';

describe('the maintenance window when someone else saved first', { timeout: FORM_TEST_TIMEOUT }, () => {
  async function meetConflict() {
    setScenarios(['conflict-next-save']);
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    await userEvent.click(saveButton());
    return screen.findByRole('dialog', { name: 'Someone else saved first' });
  }

  it('shows their window and mine, and keeping theirs puts theirs in the form', async () => {
    const dialog = await meetConflict();
    expect(dialog).toHaveTextContent(
      /Dana Admin, at \d\d:\d\d \(JST\) on \w+day \d+ \w+ \d{4}, saved a change/,
    );
    // The rival admin moved the window one hour later.
    expect(within(dialog).getByRole('region', { name: 'Theirs (saved)' })).toHaveTextContent(
      'Sunday, 02:00 – 04:00',
    );
    expect(within(dialog).getByRole('region', { name: 'Yours (not saved)' })).toHaveTextContent(
      'Saturday, 23:00 – 01:00 (ends Sunday)',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep theirs' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(dayField()).toHaveTextContent('Sunday');
    expect(timeSlotField()).toHaveTextContent('02:00 – 04:00');
    expect(saveButton()).toBeDisabled();
    expect(db().maintenanceWindow).toMatchObject({ start: '02:00', version: 3 });
  });

  it('replaces theirs with mine only after the second step', async () => {
    const dialog = await meetConflict();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace with mine…' }));
    expect(db().maintenanceWindow.start).toBe('02:00');
    await userEvent.click(screen.getByRole('button', { name: 'Replace theirs with mine' }));
    expect(await screen.findByText('Maintenance window saved.')).toBeInTheDocument();
    expect(db().maintenanceWindow).toMatchObject({ day: 'SATURDAY', start: '23:00', version: 4 });
    expect(saveButton()).toBeDisabled();
  });
});

describe('the maintenance window for a viewer', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('is read-only, with the reason, and offers no Save', async () => {
    setScenarios(['viewer']);
    renderMaintenanceWindow();
    await formLoaded();
    expect(
      screen.getByText(
        /You have read-only access: only account administrators can change the maintenance window/,
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    // The preview does not invite a viewer to choose what they cannot.
    expect(screen.queryByText(/Choose another day or time slot/)).not.toBeInTheDocument();
    expect(screen.getByText(/When each site upgrades in the saved window/)).toBeVisible();
    await userEvent.click(dayField());
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(dayField()).toHaveTextContent('Sunday');
  });
});

describe('the maintenance window’s other states', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('says when it cannot load, and loads on Retry', async () => {
    server.use(
      http.get(
        '/api/account/maintenance-window',
        () => HttpResponse.json({ message: 'Down.' }, { status: 503 }),
        { once: true },
      ),
    );
    renderMaintenanceWindow();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The maintenance window could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect((await formLoaded()).day).toHaveTextContent('Sunday');
  });

  it('names a saved window that is not one of the slots, and asks for a slot before saving', async () => {
    const custom = {
      day: 'SUNDAY',
      start: '01:30',
      end: '03:30',
      version: 7,
      updatedAt: '2026-11-20T00:00:00.000Z',
      updatedBy: 'API client',
    };
    server.use(http.get('/api/account/maintenance-window', () => HttpResponse.json(custom)));
    renderMaintenanceWindow();
    const { timeSlot } = await formLoaded();
    expect(timeSlot).toHaveAccessibleDescription(
      'The saved window, 01:30 – 03:30, is not one of the two-hour slots: choose one.',
    );
    await choose(dayField(), 'Monday');
    await userEvent.click(saveButton());
    expect(await screen.findByText('Choose a time slot.')).toBeInTheDocument();
    expect(timeSlotField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { router } = renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    await userEvent.click(screen.getByRole('link', { name: 'See every site in the upgrade calendar' }));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));
    expect(router.state.location.pathname).toBe('/administration/system-settings');
    expect(dayField()).toHaveTextContent('Saturday');
  });

  it('previews the saved window: who waits, the peak, first and last, and the clock changes ahead', async () => {
    renderMaintenanceWindow();
    const preview = await screen.findByRole('table', { name: /If a Socket version were released now/ });
    // Nothing changed yet: one column, the saved window.
    expect(
      within(preview)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Saved windowSunday, 01:00 – 03:00']);
    const rowNames = within(preview)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowNames).toEqual([
      'Wait a week for the 48-hour notice',
      'Most sites upgrading at once',
      'Upgrade first',
      'Upgrade last',
    ]);
    // Each upgrade in the site's own time and in the viewer's (Asia/Tokyo).
    const first = within(preview).getByRole('row', { name: /^Upgrade first/ });
    expect(first).toHaveTextContent(/Your time: .*\(JST\)/);
    // With Sunday 01:00 – 03:00 and a release on Monday 1 March 2027 (see PREVIEW_NOW):
    const clockChanges = screen.getByRole('region', { name: 'Clock changes in the next 8 weeks' });
    expect(clockChanges).toHaveTextContent(
      'Clock change on Sunday 14 March 2027: the clocks go forward during the window, so it is 1 h shorter.',
    );
    expect(clockChanges).toHaveTextContent(
      'Clock change on Sunday 28 March 2027: the clocks skip the start time, so the window opens 1 h late.',
    );
    // Antarctica/Troll jumps from 01:00 to 03:00: the whole slot is skipped.
    expect(clockChanges).toHaveTextContent(
      'No window on Sunday 28 March 2027: the clocks jump over the whole time slot that night.',
    );
    // The seeded releases are all before 2027.
    expect(screen.getByText('No upcoming Socket release is known yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See every site in the upgrade calendar' })).toHaveAttribute(
      'href',
      '/upgrade-calendar',
    );
  });

  it('compares a change with the saved window, after a release now and after the next known one', async () => {
    // Friday 5 March 2027, 12:00 UTC: the notice ends on Sunday 7 March at 12:00 UTC.
    server.use(
      http.get('/api/socket-releases', () =>
        HttpResponse.json([{ version: '27.1.23000', releasedAt: '2027-03-05T12:00:00.000Z' }]),
      ),
    );
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    const now = await screen.findByRole('region', { name: /If a Socket version were released now/ });
    // The sites with their own window (Frankfurt) are not moved by the account's: left out, named.
    const sites = db().sites.filter((site) => site.upgradeWindow === null).length;
    expect(sites).toBeLessThan(db().sites.length);
    expect(screen.getByText(/Left out of the preview, with their own window/)).toHaveTextContent(
      'Left out of the preview, with their own window: Frankfurt Data Center.',
    );
    // Released on Monday 1 March, every site meets Saturday 6 March 23:00 before Sunday 7 March 01:00.
    expect(await within(now).findByText(`${sites} sites earlier, by 2 h.`)).toBeInTheDocument();
    expect(
      within(within(now).getByRole('table'))
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Saved windowSunday, 01:00 – 03:00', 'Your changeSaturday, 23:00 – 01:00 (ends Sunday)']);

    const next = screen.getByRole('region', { name: /After the next known release, 27\.1\.23000/ });
    // Pago Pago (UTC−11) reads Sunday 01:00 exactly 48 hours after that release, but Saturday 23:00
    // two hours too early: it waits until the next Saturday. Everyone else waits a week either way,
    // and Havana's clocks go from 00:00 to 01:00 that Sunday night: its change is only an hour.
    expect(
      within(next).getByText(`${sites - 1} sites earlier, by 1 h to 2 h; 1 site later, by 6 days 22 h.`),
    ).toBeVisible();
    const waiting = within(next).getByRole('row', { name: /^Wait a week/ });
    expect(
      within(waiting)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([`${sites - 1} sites`, `${sites} sites`]);
  });
});
