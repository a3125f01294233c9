// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { describe, expect, it } from 'vitest';
import { TIME_SLOTS, findTimeSlot, slotEndOf } from './time-slots';

describe('the time-slot catalogue', () => {
  it('offers the 24 two-hour slots starting on the hour', () => {
    expect(TIME_SLOTS).toHaveLength(24);
    expect(TIME_SLOTS.map((slot) => slot.start)).toEqual(
      Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`),
    );
  });

  it('labels each slot with an en dash', () => {
    expect(TIME_SLOTS[0]?.label).toBe('00:00 \u2013 02:00');
    expect(TIME_SLOTS[1]?.label).toBe('01:00 \u2013 03:00');
    expect(TIME_SLOTS[13]?.label).toBe('13:00 \u2013 15:00');
    expect(TIME_SLOTS[23]?.label).toBe('23:00 \u2013 01:00');
  });

  it('marks only the 22:00 and 23:00 slots as crossing midnight', () => {
    expect(TIME_SLOTS.filter((slot) => slot.crossesMidnight).map((slot) => slot.start)).toEqual([
      '22:00',
      '23:00',
    ]);
    expect(TIME_SLOTS[22]).toMatchObject({ end: '00:00' });
  });

  it('finds the slot for a start and end, and nothing for a custom window', () => {
    expect(findTimeSlot({ start: '23:00', end: '01:00' })).toBe(TIME_SLOTS[23]);
    expect(findTimeSlot({ start: '01:00', end: '02:00' })).toBeUndefined();
    expect(findTimeSlot({ start: '1:00', end: '3:00' })).toBeUndefined();
  });

  it('gives the end of the slot that starts at a time, and nothing off the hour', () => {
    expect(slotEndOf('13:00')).toBe('15:00');
    expect(slotEndOf('23:00')).toBe('01:00');
    expect(slotEndOf('13:30')).toBeUndefined();
  });
});
