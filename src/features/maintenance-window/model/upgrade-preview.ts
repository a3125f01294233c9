import type { UpgradeFreeze, WeeklySlot } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import {
  firstClockChange,
  summariseClockChanges,
  type ClockChangeEffect,
  type ClockChangesAhead,
} from './clock-changes-ahead';
import {
  summariseUpgrades,
  upgradingZone,
  type ReleaseUpgrades,
  type UpgradingZone,
} from './release-upgrades';
import { compareUpgrades, type UpgradeShifts } from './upgrade-shifts';
import type { ZoneSites } from './zone-sites';

/** The two releases the preview looks at, and the account's freezes they meet. */
export interface PreviewReleases {
  /** A version released now: the page's own time. */
  now: DateTime;
  /** The next release the releases API announces, if it knows one. */
  nextRelease: DateTime | null;
  /** A window touching a frozen date does not happen: the site upgrades in its first one after. */
  freezes: readonly UpgradeFreeze[];
}

/** What one window means for the account: one side of the comparison. */
export interface WindowPreview {
  slot: WeeklySlot;
  afterReleaseNow: ReleaseUpgrades;
  afterNextRelease: ReleaseUpgrades | null;
  clockChanges: ClockChangesAhead;
}

/** The unsaved window against the saved one, after each release. */
export interface WindowComparison {
  afterReleaseNow: UpgradeShifts;
  afterNextRelease: UpgradeShifts | null;
}

/**
 * A window's preview, one zone per step: per zone, never per site (a few hundred engine answers
 * whatever the account's size), and in steps so the page can compute it between a person's
 * clicks and key presses (see run-in-slices.ts).
 */
export function* previewWindowSteps(
  slot: WeeklySlot,
  zones: readonly ZoneSites[],
  { now, nextRelease, freezes }: PreviewReleases,
): Generator<void, WindowPreview, void> {
  const afterNow: UpgradingZone[] = [];
  const afterNext: UpgradingZone[] = [];
  const affected: { zone: ZoneSites; effect: ClockChangeEffect }[] = [];
  for (const zone of zones) {
    afterNow.push(upgradingZone(slot, zone, now, freezes));
    if (nextRelease !== null) afterNext.push(upgradingZone(slot, zone, nextRelease, freezes));
    const effect = firstClockChange(slot, zone.timeZone, now);
    if (effect !== null) affected.push({ zone, effect });
    yield;
  }
  return {
    slot,
    afterReleaseNow: summariseUpgrades(afterNow, now),
    afterNextRelease: nextRelease === null ? null : summariseUpgrades(afterNext, nextRelease),
    clockChanges: summariseClockChanges(affected),
  };
}

/** The same, all at once: for tests and measurements. */
export function previewWindow(
  slot: WeeklySlot,
  zones: readonly ZoneSites[],
  releases: PreviewReleases,
): WindowPreview {
  const steps = previewWindowSteps(slot, zones, releases);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

export function compareWindows(saved: WindowPreview, changed: WindowPreview): WindowComparison {
  return {
    afterReleaseNow: compareUpgrades(saved.afterReleaseNow, changed.afterReleaseNow),
    afterNextRelease:
      saved.afterNextRelease === null || changed.afterNextRelease === null
        ? null
        : compareUpgrades(saved.afterNextRelease, changed.afterNextRelease),
  };
}
