import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import {
  chooseSaturdayLateNight,
  dayField,
  formLoaded,
  saveButton,
  timeSlotField,
} from '../testing/maintenance-window-actions';
import { FORM_TEST_TIMEOUT, renderMaintenanceWindow } from '../testing/render-maintenance-window';

const PATH = '/api/account/maintenance-window';

describe('saving the maintenance window', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('shows a skeleton while loading, then the saved window with Save disabled', async () => {
    renderMaintenanceWindow();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the maintenance window');
    const { day, timeSlot } = await formLoaded();
    expect(day).toHaveTextContent('Sunday');
    expect(timeSlot).toHaveTextContent('01:00 – 03:00');
    expect(saveButton()).toBeDisabled();
    expect(
      screen.getByText(/Last changed by Alex Morgan at 16:30 \(JST\) on Monday 14 September 2026/),
    ).toBeInTheDocument();
  });

  it('enables Save once something changed, saves once however often it is clicked, and is clean again', async () => {
    let puts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts += 1;
    });
    server.use(
      http.put(PATH, async () => {
        await delay(150);
        return undefined;
      }),
    );
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    expect(timeSlotField()).toHaveTextContent('23:00 – 01:00 (ends next day)');
    expect(screen.getByText('Ends on Sunday, site local time.')).toBeInTheDocument();
    expect(saveButton()).toBeEnabled();

    await userEvent.click(saveButton());
    expect(saveButton()).toHaveAttribute('aria-busy', 'true');
    expect(within(saveButton()).getByRole('progressbar')).toBeInTheDocument();
    // A second click while saving (user-event refuses to click a busy button, a person does not).
    fireEvent.click(saveButton());

    expect(await screen.findByText('Maintenance window saved.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAttribute('aria-busy', 'false');
    expect(puts).toBe(1);
    expect(db().maintenanceWindow).toMatchObject({
      day: 'SATURDAY',
      start: '23:00',
      end: '01:00',
      version: 3,
    });
    server.events.removeAllListeners();
  });

  it('shows the server’s field errors at their fields', async () => {
    server.use(
      http.put(PATH, () =>
        HttpResponse.json(
          {
            message: 'One field is not valid.',
            errors: [{ field: 'start', message: 'This slot is reserved for the data center.' }],
          },
          { status: 400 },
        ),
      ),
    );
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    await userEvent.click(saveButton());
    await waitFor(() =>
      expect(timeSlotField()).toHaveAccessibleDescription('This slot is reserved for the data center.'),
    );
    expect(timeSlotField()).toHaveAttribute('aria-invalid', 'true');
    expect(dayField()).toHaveTextContent('Saturday');
  });

  it.each([
    ['fail-next-save', /The server had a problem/],
    ['offline-next-save', /The server could not be reached/],
  ] as const)('after %s says why, keeps the choice, and saves on Retry', async (scenario, reason) => {
    setScenarios([scenario]);
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    await userEvent.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent(reason);
    expect(dayField()).toHaveTextContent('Saturday');
    expect(timeSlotField()).toHaveTextContent('23:00 – 01:00');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Maintenance window saved.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(db().maintenanceWindow).toMatchObject({ day: 'SATURDAY', start: '23:00' });
  });
});
