import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { chooseSaturdayLateNight, saveButton } from '../testing/maintenance-window-actions';
import { FORM_TEST_TIMEOUT, renderMaintenanceWindow } from '../testing/render-maintenance-window';

const form = () => screen.getByRole('form', { name: 'Maintenance Window' });

afterEach(() => server.events.removeAllListeners());

describe('the maintenance window form', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('sends one PUT when it is submitted twice before anything re-renders', async () => {
    let puts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') puts += 1;
    });
    server.use(
      http.put('/api/account/maintenance-window', async () => {
        await delay(150);
        return undefined; // on to the mocked backend's own handler
      }),
    );
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    // Enter pressed twice: two submits in a row, while the first is still being validated.
    fireEvent.submit(form());
    fireEvent.submit(form());
    expect(await screen.findByText('Maintenance window saved.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(puts).toBe(1);
    expect(db().maintenanceWindow).toMatchObject({ day: 'SATURDAY', start: '23:00', version: 3 });
  });

  it('keeps the keyboard focus in the form after a save from the keyboard', async () => {
    renderMaintenanceWindow();
    await chooseSaturdayLateNight();
    act(() => saveButton().focus());
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Maintenance window saved.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(form()).toHaveFocus();
  });
});
