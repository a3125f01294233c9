import type { StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { freezeLengthInDays } from '@/domain/upgrade-freeze-rules';
import { DateTime, formatDayRange } from '@/lib/date-time';
import { countOf, DAY } from '@/lib/plural';

/** A freeze's dates are plain calendar dates: read in UTC so no zone moves them a day. */
const dateOf = (isoDate: string) => DateTime.fromISO(isoDate, { zone: 'utc' });

/** "18 December 2026 – 4 January 2027", in the browser's locale. */
export function freezeDatesText(freeze: Pick<StoredUpgradeFreeze, 'startDate' | 'endDate'>): string {
  return formatDayRange(dateOf(freeze.startDate), dateOf(freeze.endDate));
}

/** "18 days", both dates counted. */
export function freezeLengthText(freeze: Pick<StoredUpgradeFreeze, 'startDate' | 'endDate'>): string {
  return countOf(freezeLengthInDays(freeze) ?? 0, DAY);
}
