// @vitest-environment node
// Pure, React-free code: no DOM needed, and jsdom costs seconds per file.
import { describe, expect, it } from 'vitest';
import {
  WEEKDAYS,
  apiWeekday,
  isApiWeekday,
  isWeekdayName,
  isWeekdayNumber,
  weekdayName,
  weekdayNumberFromApi,
  weekdayNumberFromName,
} from './weekdays';

describe('weekdays', () => {
  it('number the week as ISO and Luxon do, Monday 1 to Sunday 7', () => {
    expect(WEEKDAYS.map((weekday) => [weekday.number, weekday.name, weekday.apiName])).toEqual([
      [1, 'Monday', 'MONDAY'],
      [2, 'Tuesday', 'TUESDAY'],
      [3, 'Wednesday', 'WEDNESDAY'],
      [4, 'Thursday', 'THURSDAY'],
      [5, 'Friday', 'FRIDAY'],
      [6, 'Saturday', 'SATURDAY'],
      [7, 'Sunday', 'SUNDAY'],
    ]);
  });

  it('convert between numbers, names and the API enum both ways', () => {
    for (const weekday of WEEKDAYS) {
      expect(weekdayName(weekday.number)).toBe(weekday.name);
      expect(apiWeekday(weekday.number)).toBe(weekday.apiName);
      expect(weekdayNumberFromName(weekday.name)).toBe(weekday.number);
      expect(weekdayNumberFromApi(weekday.apiName)).toBe(weekday.number);
    }
  });

  it('tell valid values from others', () => {
    expect([0, 1, 7, 8, 1.5, '1'].map(isWeekdayNumber)).toEqual([false, true, true, false, false, false]);
    expect(['SUNDAY', 'Sunday', 'SUN'].map(isApiWeekday)).toEqual([true, false, false]);
    expect(['Sunday', 'SUNDAY', 'sunday'].map(isWeekdayName)).toEqual([true, false, false]);
  });
});
