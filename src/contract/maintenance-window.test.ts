import { TIME_SLOTS, slotEndOf } from '@/domain/time-slots';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import { maintenanceWindowInputSchema } from './maintenance-window';

describe('time slots', () => {
  it('are the 24 two-hour slots starting on the hour, the last ones crossing midnight', () => {
    expect(TIME_SLOTS).toHaveLength(24);
    expect(TIME_SLOTS[0]).toMatchObject({ start: '00:00', end: '02:00' });
    expect(TIME_SLOTS[1]).toMatchObject({ start: '01:00', end: '03:00' });
    expect(TIME_SLOTS.slice(-2)).toMatchObject([
      { start: '22:00', end: '00:00' },
      { start: '23:00', end: '01:00' },
    ]);
    expect(slotEndOf('13:00')).toBe('15:00');
  });

  it('name days by their ISO weekday (1 = Monday) for the schedule engine', () => {
    expect(weekdayNumberFromApi('MONDAY')).toBe(1);
    expect(weekdayNumberFromApi('SUNDAY')).toBe(7);
  });

  it('validate the form and the backend alike', () => {
    expect(
      maintenanceWindowInputSchema.safeParse({ day: 'SUNDAY', start: '01:00', end: '03:00' }).success,
    ).toBe(true);
    expect(
      maintenanceWindowInputSchema.safeParse({ day: 'SUNDAY', start: '01:00', end: '02:00' }).success,
    ).toBe(false);
  });
});
