// @vitest-environment node
import fc from 'fast-check';
import { timeZoneArb } from '@/domain/testing/schedule-arbitraries';
import { DateTime } from '@/lib/date-time';
import { distinctFreezeSpans, freezeSpansInWeek } from './freeze-days';
import { weekContaining } from './week';

const freeze = (startDate: string, endDate: string) => ({ name: 'Freeze', startDate, endDate });

/** Every freeze's stretch in the zone, with no shortcut: the definition the shading follows. */
function spansByDefinition(
  freezes: ReturnType<typeof freeze>[],
  week: ReturnType<typeof weekContaining>,
  timeZone: string,
) {
  return freezes.flatMap((candidate) => {
    const start = DateTime.fromISO(candidate.startDate, { zone: timeZone }).startOf('day').toMillis();
    const end = DateTime.fromISO(candidate.endDate, { zone: timeZone })
      .plus({ days: 1 })
      .startOf('day')
      .toMillis();
    const weekStart = week.start.toMillis();
    const weekEnd = week.end.toMillis();
    return start < weekEnd && end > weekStart
      ? [{ freeze: candidate, startMillis: Math.max(start, weekStart), endMillis: Math.min(end, weekEnd) }]
      : [];
  });
}

describe('freeze spans in a week', () => {
  const week = weekContaining(DateTime.fromISO('2026-12-09T12:00:00Z'), 'UTC'); // Mon 7 – Mon 14 Dec

  it('shades a date in the zone of the lane, hours apart from the week’s own days', () => {
    // Saturday 5 December ends at 11:00 UTC on the 6th in Pago Pago (-11): before the week.
    expect(freezeSpansInWeek([freeze('2026-12-05', '2026-12-05')], week, 'Pacific/Pago_Pago')).toEqual([]);
    // Sunday 6 December there lasts until Monday 11:00 UTC: the week's first 11 hours.
    expect(freezeSpansInWeek([freeze('2026-12-06', '2026-12-06')], week, 'Pacific/Pago_Pago')).toEqual([
      expect.objectContaining({
        startMillis: Date.parse('2026-12-07T00:00:00Z'),
        endMillis: Date.parse('2026-12-07T11:00:00Z'),
      }),
    ]);
    // Monday 14 December begins at 10:00 UTC on the 13th in Kiritimati (+14): inside the week.
    expect(freezeSpansInWeek([freeze('2026-12-14', '2026-12-20')], week, 'Pacific/Kiritimati')).toEqual([
      expect.objectContaining({
        startMillis: Date.parse('2026-12-13T10:00:00Z'),
        endMillis: Date.parse('2026-12-14T00:00:00Z'),
      }),
    ]);
  });

  it('finds every stretch the definition finds, in any zone, for weeks shown in any zone', () => {
    const dayArb = fc.integer({ min: -12, max: 12 });
    fc.assert(
      fc.property(
        timeZoneArb,
        timeZoneArb,
        dayArb,
        fc.integer({ min: 0, max: 4 }),
        (displayZone, siteZone, from, length) => {
          const shown = weekContaining(DateTime.fromISO('2026-03-25T12:00:00Z'), displayZone);
          const first = shown.start.plus({ days: from }).toISODate() ?? '';
          const last = shown.start.plus({ days: from + length }).toISODate() ?? '';
          const freezes = [freeze(first, last)];
          expect(freezeSpansInWeek(freezes, shown, siteZone)).toEqual(
            spansByDefinition(freezes, shown, siteZone),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lists a stretch shared by several zones once', () => {
    const freezes = [freeze('2026-12-08', '2026-12-08')];
    expect(distinctFreezeSpans(freezes, week, ['Europe/London', 'Europe/Lisbon', 'Asia/Tokyo'])).toHaveLength(
      2,
    );
    expect(distinctFreezeSpans([freeze('2027-02-01', '2027-02-05')], week, ['Asia/Tokyo'])).toEqual([]);
  });
});
