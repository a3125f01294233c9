/**
 * The years the zone table covers: 1970 to 2099. Instants outside are probed from the runtime's
 * Intl data, as every instant was before the table: slower, same answers.
 */
export const ZONE_TABLE_FIRST_YEAR = 1970;
export const ZONE_TABLE_YEAR_COUNT = 130;
export const ZONE_TABLE_FROM_MILLIS = Date.UTC(ZONE_TABLE_FIRST_YEAR, 0, 1);
export const ZONE_TABLE_UNTIL_MILLIS = Date.UTC(ZONE_TABLE_FIRST_YEAR + ZONE_TABLE_YEAR_COUNT, 0, 1);

/** Start (epoch ms) of each year of the table, and of the year after it. */
const YEAR_STARTS = Float64Array.from({ length: ZONE_TABLE_YEAR_COUNT + 1 }, (_, index) =>
  Date.UTC(ZONE_TABLE_FIRST_YEAR + index, 0, 1),
);

export function tableYearStart(yearIndex: number): number {
  return YEAR_STARTS[yearIndex] ?? NaN;
}

/** Index of the table year holding an instant of [FROM, UNTIL). */
export function tableYearIndexOf(instant: number): number {
  // A first guess from the mean year length is off by at most one.
  let index = Math.floor((instant - ZONE_TABLE_FROM_MILLIS) / 31_556_952_000);
  if (index < 0) index = 0;
  if (index >= ZONE_TABLE_YEAR_COUNT) index = ZONE_TABLE_YEAR_COUNT - 1;
  while (index > 0 && instant < tableYearStart(index)) index -= 1;
  while (index < ZONE_TABLE_YEAR_COUNT - 1 && instant >= tableYearStart(index + 1)) index += 1;
  return index;
}
