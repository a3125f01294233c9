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

  it('previews the soonest upgrade and the clock changes ahead, in site time and mine', async () => {
    renderMaintenanceWindow();
    const preview = await screen.findByRole('table', { name: /If a Socket version were released now/ });
    const rows = within(preview).getAllByRole('row').slice(1);
    // With Sunday 01:00 – 03:00 and a release on Monday 1 March 2027 (see PREVIEW_NOW):
    expect(rows[0]).toHaveTextContent('Upgrades first.');
    expect(rows.at(-1)).toHaveTextContent('Upgrades last.');
    expect(preview).toHaveTextContent(
      'Clock change on Sunday 14 March 2027: the clocks go forward during the window, so it is 1 h shorter.',
    );
    expect(preview).toHaveTextContent(
      'Clock change on Sunday 4 April 2027: the clocks go back during the window, so it is 1 h longer.',
    );
    expect(preview).toHaveTextContent(
      'Clock change on Sunday 28 March 2027: the clocks skip the start time, so the window opens 1 h late.',
    );
    // Antarctica/Troll jumps from 01:00 to 03:00: the whole slot is skipped.
    expect(preview).toHaveTextContent(
      'No window on Sunday 28 March 2027: the clocks jump over the whole time slot that night.',
    );
    // Each row gives the site's own time and the viewer's (Asia/Tokyo).
    expect(rows[0]).toHaveTextContent('(JST)');
    expect(screen.getByRole('link', { name: 'See every site in the upgrade calendar' })).toHaveAttribute(
      'href',
      '/upgrade-calendar',
    );
  });
});
