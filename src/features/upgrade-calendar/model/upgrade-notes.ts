import { formatDay, formatDuration, formatTime } from '@/lib/date-time';
import type { UpgradeNote, ZoneUpgrade } from './calendar-types';

/** A note in the administrator's words, site-local where it names a time. */
export function describeNote(note: UpgradeNote): string {
  switch (note.kind) {
    case 'deferred-by-notice':
      return `Deferred by the 48-hour notice: the release came less than 48 hours before ${formatDay(note.skippedStart)}, ${formatTime(note.skippedStart)}`;
    case 'shortened':
      return `Clock change: the clocks go forward during the window, so it is ${formatDuration(note.minutes)} shorter`;
    case 'lengthened':
      return `Clock change: the clocks go back during the window, so it is ${formatDuration(note.minutes)} longer`;
    case 'opened-late':
      return `Clock change: the start time is skipped, so the window opens ${formatDuration(note.minutes)} late`;
    case 'no-window-week':
      return `No window on ${formatDay(note.date, { withYear: true })}: the slot never shows on the site's clock that day`;
  }
}

/** A short tag for chips and the week view's markers. */
export function noteLabel(note: UpgradeNote): string {
  switch (note.kind) {
    case 'deferred-by-notice':
      return 'Deferred by notice';
    case 'shortened':
      return `Shortened by ${formatDuration(note.minutes)}`;
    case 'lengthened':
      return `Lengthened by ${formatDuration(note.minutes)}`;
    case 'opened-late':
      return `Opens ${formatDuration(note.minutes)} late`;
    case 'no-window-week':
      return 'Week without a window';
  }
}

export function hasClockChange(upgrade: ZoneUpgrade): boolean {
  return upgrade.notes.some(
    (note) => note.kind === 'shortened' || note.kind === 'lengthened' || note.kind === 'opened-late',
  );
}

export function isDeferredByNotice(upgrade: ZoneUpgrade): boolean {
  return upgrade.notes.some((note) => note.kind === 'deferred-by-notice');
}
