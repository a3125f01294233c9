import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TimeZoneAutocomplete } from './time-zone-autocomplete';

function Harness({ initial, countryCode }: { initial: string | null; countryCode?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <TimeZoneAutocomplete label="Time Zone" value={zone} onChange={setZone} countryCode={countryCode} />
      <output aria-label="Chosen zone">{zone ?? 'none'}</output>
    </>
  );
}

// Rendering the ~400 options is slow in jsdom on a shared machine; the browser is far faster.
describe('the time-zone picker', { timeout: 20_000 }, () => {
  it('is named by its label and finds a zone by city as the user types', async () => {
    render(<Harness initial="Asia/Tokyo" countryCode="JP" />);
    const input = screen.getByRole('combobox', { name: 'Time Zone' });
    expect(input).toHaveValue('Asia/Tokyo');
    // Selected and replaced in one go, as a paste: typing key by key re-renders ~400 options.
    await userEvent.tripleClick(input);
    await userEvent.paste('Kathmandu');
    const option = await screen.findByRole('option', { name: /Asia\/Kathmandu/ });
    // Each option shows its offset now.
    expect(option).toHaveTextContent('UTC+05:45');
    await userEvent.click(option);
    expect(screen.getByRole('status', { name: 'Chosen zone' })).toHaveTextContent('Asia/Kathmandu');
    // A zone of another country than the site's is flagged, not refused.
    expect(screen.getByText(/Asia\/Kathmandu is a time zone of Nepal, not of Japan/)).toBeVisible();
  });

  it("lists the site's country's zones first, under their own heading, with a hint when there are several", async () => {
    render(<Harness initial={null} countryCode="AU" />);
    expect(screen.getByText(/^Australia has \d+ time zones/)).toBeVisible();
    await userEvent.click(screen.getByRole('combobox', { name: 'Time Zone' }));
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(/^Australia\//);
    expect(screen.getByText('Time zones of Australia')).toBeVisible();
    expect(screen.getByText('Other time zones')).toBeInTheDocument();
  });

  it('groups the zones as a listbox may: each heading names a group holding only options', async () => {
    render(<Harness initial={null} countryCode="JP" />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Time Zone' }));
    const listbox = await screen.findByRole('listbox');
    const japan = within(listbox).getByRole('group', { name: 'Time zones of Japan' });
    expect(within(japan).getByRole('option', { name: /^Asia\/Tokyo/ })).toBeInTheDocument();
    expect(within(listbox).getByRole('group', { name: 'Other time zones' })).toBeInTheDocument();
    // No list or list item inside the listbox: only groups and options.
    expect(within(listbox).queryAllByRole('listitem')).toEqual([]);
    expect(within(listbox).queryAllByRole('list')).toEqual([]);
  });

  it('puts back the chosen zone when Escape closes the list', async () => {
    render(<Harness initial="Asia/Tokyo" countryCode="JP" />);
    const input = screen.getByRole('combobox', { name: 'Time Zone' });
    await userEvent.tripleClick(input);
    await userEvent.paste('Kathm');
    await screen.findByRole('option', { name: /Asia\/Kathmandu/ });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('Asia/Tokyo');
    expect(input).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Chosen zone' })).toHaveTextContent('Asia/Tokyo');
  });

  it('shows an old stored name as its current one', () => {
    render(<Harness initial="Asia/Calcutta" countryCode="IN" />);
    expect(screen.getByRole('combobox', { name: 'Time Zone' })).toHaveValue('Asia/Kolkata');
  });
});
