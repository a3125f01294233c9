import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

export const dayField = () => screen.getByRole('combobox', { name: 'Day of the week' });
export const timeSlotField = () => screen.getByRole('combobox', { name: 'Time slot' });
export const saveButton = () => screen.getByRole('button', { name: 'Save' });

/** Waits for the form (past the skeleton) and returns its two selects. */
export async function formLoaded() {
  await screen.findByRole('combobox', { name: 'Day of the week' });
  return { day: dayField(), timeSlot: timeSlotField() };
}

/** Opens a select and picks the option whose name starts with `option`. */
export async function choose(field: HTMLElement, option: string) {
  await userEvent.click(field);
  const listbox = await screen.findByRole('listbox');
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await userEvent.click(within(listbox).getByRole('option', { name: new RegExp(`^${escaped}`) }));
}

/** Saturday 23:00 – 01:00: the choice the e2e makes too. */
export async function chooseSaturdayLateNight() {
  await formLoaded();
  await choose(dayField(), 'Saturday');
  await choose(timeSlotField(), '23:00 – 01:00');
}
