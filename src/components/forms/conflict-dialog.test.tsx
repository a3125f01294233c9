import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictDialog } from './conflict-dialog';

function renderDialog() {
  const onKeepTheirs = vi.fn();
  const onReplaceTheirs = vi.fn();
  render(
    <ConflictDialog
      open
      theirAuthor="Dana Admin"
      theirs={<p>Monday 04:00 – 06:00</p>}
      yours={<p>Saturday 23:00 – 01:00</p>}
      onKeepTheirs={onKeepTheirs}
      onReplaceTheirs={onReplaceTheirs}
    />,
  );
  return { onKeepTheirs, onReplaceTheirs };
}

// Dialogs with transitions can pass the default 5 s on a loaded machine.
describe('the conflict dialog', { timeout: 30_000 }, () => {
  it('shows both versions and keeps theirs in one step', async () => {
    const { onKeepTheirs, onReplaceTheirs } = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Someone else saved first' });
    expect(dialog).toHaveTextContent('Dana Admin saved a change');
    expect(screen.getByRole('region', { name: 'Theirs (saved)' })).toHaveTextContent('Monday 04:00 – 06:00');
    expect(screen.getByRole('region', { name: 'Yours (not saved)' })).toHaveTextContent(
      'Saturday 23:00 – 01:00',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(onKeepTheirs).toHaveBeenCalledOnce();
    expect(onReplaceTheirs).not.toHaveBeenCalled();
  });

  it('replaces theirs only after a second, explicit confirmation', async () => {
    const { onReplaceTheirs } = renderDialog();
    await userEvent.click(screen.getByRole('button', { name: 'Replace with mine…' }));
    expect(onReplaceTheirs).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Replace their change with yours?' })).toBeVisible();
    // Back returns to the choice without doing anything.
    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Keep theirs' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Replace with mine…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Replace theirs with mine' }));
    expect(onReplaceTheirs).toHaveBeenCalledOnce();
  });
});
