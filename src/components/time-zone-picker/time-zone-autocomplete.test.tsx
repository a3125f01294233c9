import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TimeZoneAutocomplete } from './time-zone-autocomplete';

interface HarnessProps {
  initial: string | null;
  countryCode?: string;
  warnForeignZone?: boolean;
}

function Harness({ initial, countryCode, warnForeignZone }: HarnessProps) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <TimeZoneAutocomplete
        label="Time Zone"
        value={zone}
        onChange={setZone}
        countryCode={countryCode}
        warnForeignZone={warnForeignZone}
      />
      <output aria-label="Chosen zone">{zone ?? 'none'}</output>
    </>
  );
}

/**
 * Replaces the field's text with `text` in one go, as a paste into the selected text, without the
 * click that would first open (and render) the whole list.
 */
async function typeInto(input: HTMLElement, text: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('not a text field');
  act(() => {
    input.focus();
    input.select();
  });
  await userEvent.paste(text);
}

// Rendering the ~400 options is slow in jsdom on a shared machine; the browser is far faster.
describe('the time-zone picker', { timeout: 20_000 }, () => {
  it('says so when typed text matches no zone and the field is left, keeping the chosen one', async () => {
    render(<Harness initial="America/Chicago" countryCode="US" />);
    const input = screen.getByRole('combobox', { name: 'Time Zone' });
    await typeInto(input, 'Nowhere/Atlantis');
    await userEvent.tab();
    expect(input).toHaveValue('America/Chicago');
    expect(screen.getByLabelText('Chosen zone')).toHaveTextContent('America/Chicago');
    expect(
      screen.getByText('“Nowhere/Atlantis” is not a time zone in the list: America/Chicago is kept.'),
    ).toBeVisible();
    // Typing again clears the note.
    await typeInto(input, 'Kathmandu');
    expect(screen.queryByText(/is not a time zone in the list/)).not.toBeInTheDocument();
  });

  it('is named by its label and finds a zone by city as the user types', async () => {
    render(<Harness initial="Asia/Tokyo" countryCode="JP" />);
    const input = screen.getByRole('combobox', { name: 'Time Zone' });
    expect(input).toHaveValue('Asia/Tokyo');
    // Replaced in one go, as a paste: typing key by key re-renders ~400 options.
    await typeInto(input, 'Kathmandu');
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
    await typeInto(input, 'Kathm');
    await screen.findByRole('option', { name: /Asia\/Kathmandu/ });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('Asia/Tokyo');
    expect(input).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Chosen zone' })).toHaveTextContent('Asia/Tokyo');
  });

  it('finds a city by its former name and says which zone that is now', async () => {
    render(<Harness initial="Asia/Tokyo" countryCode="JP" />);
    await typeInto(screen.getByRole('combobox', { name: 'Time Zone' }), 'Bombay');
    const option = await screen.findByRole('option', { name: /^Asia\/Kolkata/ });
    expect(option).toHaveTextContent('Bombay: now Asia/Kolkata (Mumbai)');
    await userEvent.click(option);
    expect(screen.getByRole('status', { name: 'Chosen zone' })).toHaveTextContent('Asia/Kolkata');
  });

  it('lists the zones an abbreviation names first, under their own heading, then the rest', async () => {
    render(<Harness initial="Asia/Tokyo" countryCode="JP" />);
    await typeInto(screen.getByRole('combobox', { name: 'Time Zone' }), 'EST');
    const listbox = await screen.findByRole('listbox');
    const groups = within(listbox).getAllByRole('group');
    expect(groups[0]).toHaveAccessibleName('Time zones known as EST');
    const named = within(groups[0] as HTMLElement);
    expect(named.getAllByRole('option')[0]).toHaveTextContent(/^America\/New_York/);
    // Toronto is named by its own abbreviation, worked out once the query could be one.
    expect(named.getByRole('option', { name: /^America\/Toronto/ })).toBeInTheDocument();
    // "Manchester" contains "est": London is listed, among the other zones.
    const other = within(listbox).getByRole('group', { name: 'Other time zones' });
    expect(within(other).getByRole('option', { name: /^Europe\/London/ })).toBeInTheDocument();
  });

  it('names the one country a zone is for: Tokyo reads Japan', async () => {
    render(<Harness initial={null} countryCode="AU" />);
    await typeInto(screen.getByRole('combobox', { name: 'Time Zone' }), 'Tokyo');
    const tokyo = await screen.findByRole('option', { name: /^Asia\/Tokyo/ });
    // Not among Australia's zones, though tz lists its clock for an Australian observatory.
    expect(screen.queryByRole('group', { name: 'Time zones of Australia' })).not.toBeInTheDocument();
    expect(tokyo).toHaveTextContent(/Japan · Tokyo/);
    expect(tokyo).not.toHaveTextContent('Australia');
  });

  it('leaves the foreign-zone warning to the form while it offers the country’s zone', () => {
    render(<Harness initial="Asia/Kathmandu" countryCode="JP" warnForeignZone={false} />);
    expect(screen.queryByText(/is a time zone of Nepal/)).not.toBeInTheDocument();
  });

  it('shows an old stored name as its current one', () => {
    render(<Harness initial="Asia/Calcutta" countryCode="IN" />);
    expect(screen.getByRole('combobox', { name: 'Time Zone' })).toHaveValue('Asia/Kolkata');
  });
});
