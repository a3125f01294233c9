import { formatDuration } from '@/lib/date-time';
import { countOf, DAY, SITE } from '@/lib/plural';
import type { UpgradeShift, UpgradeShifts } from './upgrade-shifts';

const MINUTES_A_DAY = 24 * 60;

/** "2 h", "1 day", "6 days 22 h", "1 day 30 min": how far an upgrade moves. */
export function formatShift(minutes: number): string {
  const days = Math.floor(Math.round(minutes) / MINUTES_A_DAY);
  const rest = Math.round(minutes) - days * MINUTES_A_DAY;
  if (days === 0) return formatDuration(rest);
  return rest === 0 ? countOf(days, DAY) : `${countOf(days, DAY)} ${formatDuration(rest)}`;
}

/** "by 2 h", or "by 2 h to 6 days 22 h". */
function byHowMuch(shift: UpgradeShift): string {
  const least = formatShift(shift.leastMinutes);
  const most = formatShift(shift.mostMinutes);
  return least === most ? `by ${least}` : `by ${least} to ${most}`;
}

/** "3,120 sites earlier, by 2 h to 6 days 22 h" */
export function describeShift(shift: UpgradeShift, direction: 'earlier' | 'later'): string {
  return `${countOf(shift.siteCount, SITE)} ${direction}, ${byHowMuch(shift)}`;
}

/**
 * "3,120 sites earlier, by 2 h to 6 days 22 h; 1,880 sites later, by 1 h to 1 day; 12 sites at
 * the same time." The whole move of the account in one sentence.
 */
export function describeShifts({ earlier, later, unchangedSiteCount }: UpgradeShifts): string {
  if (earlier === null && later === null)
    return 'Every site upgrades at the same time as with the saved window.';
  const parts = [
    ...(earlier === null ? [] : [describeShift(earlier, 'earlier')]),
    ...(later === null ? [] : [describeShift(later, 'later')]),
    ...(unchangedSiteCount === 0 ? [] : [`${countOf(unchangedSiteCount, SITE)} at the same time`]),
  ];
  return `${parts.join('; ')}.`;
}
