import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { setScenarios } from '@mocks/scenarios';
import { FORM_TEST_TIMEOUT, renderMaintenanceWindow } from '../../testing/render-maintenance-window';

const PATH = '/api/upgrade-freezes';
// Far from any clock this test runs at: never past, never overlapping the seed's year-end freezes.
const LAUNCH = { name: 'Launch', startDate: '2099-03-01', endDate: '2099-03-03' };

async function openAddDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add freeze' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add freeze' });
  const field = (label: string) => within(dialog).getByLabelText(label, { exact: false });
  return { dialog, field, save: () => within(dialog).getByRole('button', { name: 'Save' }) };
}

describe('the upgrade freezes section', { timeout: FORM_TEST_TIMEOUT }, () => {
  it('adds a freeze with one POST however often Save is clicked, and lists it', async () => {
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith(PATH)) posts += 1;
    });
    server.use(
      http.post(PATH, async () => {
        await delay(150);
        return undefined;
      }),
    );
    renderMaintenanceWindow();
    const { dialog, field, save } = await openAddDialog();
    await userEvent.type(field('Name'), LAUNCH.name);
    fireEvent.change(field('Start date'), { target: { value: LAUNCH.startDate } });
    fireEvent.change(field('End date'), { target: { value: LAUNCH.endDate } });
    // The date in the page's words, whatever order the browser's own field writes it in.
    expect(within(dialog).getByText('Sunday 1 March 2099, the first frozen date.')).toBeInTheDocument();
    await userEvent.click(save());
    fireEvent.click(save());
    expect(await screen.findByText('Freeze “Launch” added.')).toBeInTheDocument();
    expect(posts).toBe(1);
    expect(db().upgradeFreezes.map((freeze) => freeze.name)).toContain('Launch');
    const row = await screen.findByRole('row', { name: /^Launch/ });
    expect(row).toHaveTextContent('3 days');
  });

  it("puts the server's field errors at their fields and keeps what was typed", async () => {
    server.use(
      http.post(PATH, () =>
        HttpResponse.json(
          {
            message: 'One field is not valid.',
            errors: [{ field: 'name', message: 'Another freeze is already named "Launch".' }],
          },
          { status: 400 },
        ),
      ),
    );
    renderMaintenanceWindow();
    const { dialog, field, save } = await openAddDialog();
    await userEvent.type(field('Name'), LAUNCH.name);
    fireEvent.change(field('Start date'), { target: { value: LAUNCH.startDate } });
    fireEvent.change(field('End date'), { target: { value: LAUNCH.endDate } });
    await userEvent.click(save());
    expect(await within(dialog).findByText('Another freeze is already named "Launch".')).toBeInTheDocument();
    expect(field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).toHaveValue('Launch');
    expect(field('End date')).toHaveValue(LAUNCH.endDate);
  });

  it('checks the rules at their fields before sending anything', async () => {
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith(PATH)) posts += 1;
    });
    renderMaintenanceWindow();
    const { dialog, field, save } = await openAddDialog();
    fireEvent.change(field('Start date'), { target: { value: '2099-03-03' } });
    fireEvent.change(field('End date'), { target: { value: '2099-03-01' } });
    await userEvent.click(save());
    expect(await within(dialog).findByText('Enter a name for the freeze.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('The end date cannot be before the start date (3 March 2099).'),
    ).toBeInTheDocument();
    await userEvent.type(field('Name'), 'x'.repeat(101));
    fireEvent.change(field('End date'), { target: { value: '2000-01-01' } });
    fireEvent.change(field('Start date'), { target: { value: '2000-01-01' } });
    await userEvent.click(save());
    expect(await within(dialog).findByText(/at most 100 characters/)).toBeInTheDocument();
    // The rules that need the other freezes and the clock, once the fields themselves are valid.
    await userEvent.clear(field('Name'));
    await userEvent.type(field('Name'), 'Millennium');
    await userEvent.click(save());
    expect(await within(dialog).findByText(/over on every site's clock/)).toBeInTheDocument();
    expect(posts).toBe(0);
  });

  it('deletes only once confirmed, and shows a freeze someone changed meanwhile before deleting it', async () => {
    setScenarios(['conflict-next-save']);
    renderMaintenanceWindow();
    const coming = db().upgradeFreezes.find((freeze) => freeze.id === 'freeze-year-end');
    const name = coming?.name ?? '';
    await userEvent.click(await screen.findByRole('button', { name: `Delete ${name}` }));
    const dialog = await screen.findByRole('dialog', { name: `Delete the freeze “${name}”?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    // Dana Admin renamed it first: nothing is deleted until it is confirmed as it now is.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `Dana Admin changed this freeze since you opened it: it is now “${name} (checked by Dana Admin)”`,
    );
    expect(db().upgradeFreezes.map((freeze) => freeze.id)).toContain('freeze-year-end');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(`Freeze “${name} (checked by Dana Admin)” deleted.`)).toBeInTheDocument();
    expect(db().upgradeFreezes.map((freeze) => freeze.id)).not.toContain('freeze-year-end');
  });

  it('shows a viewer the freezes without Add, Edit or Delete', async () => {
    setScenarios(['viewer']);
    renderMaintenanceWindow();
    const section = await screen.findByRole('region', { name: 'Upgrade freezes' });
    expect(await within(section).findAllByRole('row')).toHaveLength(3);
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
