import { DateTime, formatDay, formatTime, formatUpgradeWindow, zoneAbbreviation } from '@/lib/date-time';
import { countOf, formatCount, pluralForm, ZONE } from '@/lib/plural';
import type { WaveChange } from '../model/wave-changes';

/** "Sun 12 Mar, 01:00 (JST)": a wave's opening, short enough for a lane's label. */
export function shortInstant(millis: number, zone: string): string {
  const shown = DateTime.fromMillis(millis, { zone });
  const name = zone === 'utc' ? 'UTC' : zoneAbbreviation(shown);
  return `${formatDay(shown, { short: true })}, ${formatTime(shown)} (${name})`;
}

/**
 * "11:00 UTC", or "Sat 15:00 UTC" when the UTC date is not the date shown in the display zone:
 * the second name of a wave's opening, short enough for a phone's lane label.
 */
export function utcBeside(millis: number, displayZone: string): string {
  const utc = DateTime.fromMillis(millis, { zone: 'utc' });
  const shown = DateTime.fromMillis(millis, { zone: displayZone });
  const day = utc.toISODate() === shown.toISODate() ? '' : `${utc.setLocale('en-GB').toFormat('ccc')} `;
  return `${day}${formatTime(utc)} UTC`;
}

/** A block's span in the display zone and in UTC, as the rest of the calendar words windows. */
export function spanIn(startMillis: number, endMillis: number, displayZone: string) {
  const start = DateTime.fromMillis(startMillis, { zone: displayZone });
  const end = DateTime.fromMillis(endMillis, { zone: displayZone });
  return {
    shown: formatUpgradeWindow(start, end, { withYear: true }),
    utc: formatUpgradeWindow(start.setZone('utc'), end.setZone('utc'), { withYear: true }),
  };
}

/** "Asia/Seoul, Asia/Tokyo and 3 more": zone names, as many as a line holds. */
export function zoneNames(timeZones: readonly string[], listed = 3): string {
  if (timeZones.length <= listed + 1) return joinNames(timeZones);
  const rest = timeZones.length - listed;
  return `${timeZones.slice(0, listed).join(', ')} and ${formatCount(rest)} more`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

export const WAVE_CHANGE_LABELS: Record<WaveChange['kind'], string> = {
  split: 'Split by a clock change',
  merged: 'Merged by a clock change',
};

const OPENS_NOW: Record<WaveChange['kind'], { one: string; other: string }> = {
  split: { one: 'it opens', other: 'they open' },
  merged: { one: 'opens', other: 'open' },
};

/** The sentence of a change to a wave: which zones, when they open now, and why (the engine's reason). */
export function waveChangeSentence(change: WaveChange, displayZone: string): string {
  const count = change.timeZones.length;
  const names = zoneNames(change.timeZones, 5);
  const counted = count > 6 ? ` (${countOf(count, ZONE)})` : '';
  const verb = pluralForm(count, OPENS_NOW[change.kind]);
  const what =
    change.kind === 'split' && change.nowOpensAtMillis !== undefined
      ? `${names}${counted} opened with this wave last week; this week ${verb} at ${shortInstant(change.nowOpensAtMillis, displayZone)}.`
      : `${names}${counted} ${verb} with this wave this week, not last week.`;
  return `${WAVE_CHANGE_LABELS[change.kind]}: ${what} ${change.why}`;
}
