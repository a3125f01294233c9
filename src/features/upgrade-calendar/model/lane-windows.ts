import type { UpgradeWindow } from '@/domain/upgrade-schedule';
import { groupIntoWaves } from '@/domain/upgrade-waves';
import { hasClockChangeReason } from '@/lib/upgrade-wording';
import type { WeekLane } from './week-lanes';

/**
 * How a window is drawn: a plain upgrade, one a clock change altered, one the notice passed over,
 * one a freeze held back (it does not happen).
 */
export type WindowKind = 'upgrade' | 'clock-change' | 'skipped-by-notice' | 'frozen';

/** One window a zone's lane holds in the week: its upgrade, or the window the notice passed over. */
export interface LaneWindow {
  readonly startMillis: number;
  readonly endMillis: number;
  readonly lane: WeekLane;
  readonly window: UpgradeWindow;
  readonly kind: WindowKind;
}

/** The windows of a zone's lane that fall in its week, earliest first (the notice's and freezes' come before the upgrade). */
export function windowsOf(lane: WeekLane): LaneWindow[] {
  const windows: LaneWindow[] = [];
  const { deferredWindow, upgradeInWeek, group, frozenWindows } = lane;
  if (deferredWindow) {
    const { startMillis, endMillis } = deferredWindow;
    windows.push({ startMillis, endMillis, lane, window: deferredWindow, kind: 'skipped-by-notice' });
  }
  for (const frozen of frozenWindows) {
    const { startMillis, endMillis } = frozen;
    windows.push({ startMillis, endMillis, lane, window: frozen, kind: 'frozen' });
  }
  if (upgradeInWeek) {
    const { upgrade } = group;
    // As the zone's own lane draws it: any clock-change reason marks the block.
    const kind = hasClockChangeReason(upgrade) ? 'clock-change' : 'upgrade';
    windows.push({
      startMillis: upgrade.startMillis,
      endMillis: upgrade.endMillis,
      lane,
      window: upgrade,
      kind,
    });
  }
  return windows;
}

/** Windows of several zones that open at one instant, drawn as one block. */
export interface LaneBlock {
  readonly startMillis: number;
  /** The latest close among them: a clock change makes some shorter or longer. */
  readonly endMillis: number;
  /**
   * Skipped when the notice passed over all of them (it passes over all or none at one instant);
   * frozen when none of them happens and a freeze held some back.
   */
  readonly kind: WindowKind;
  /** Sorted by zone name. */
  readonly windows: readonly LaneWindow[];
  readonly sites: number;
}

/** The windows as blocks, one per opening instant, earliest first: the waves among them. */
export function blocksOf(windows: readonly LaneWindow[]): LaneBlock[] {
  return groupIntoWaves(windows).map(({ startMillis, members }) => {
    const sorted = [...members].sort((a, b) => a.lane.group.key.localeCompare(b.lane.group.key));
    return {
      startMillis,
      endMillis: Math.max(...members.map((member) => member.endMillis)),
      kind: kindOf(members),
      windows: sorted,
      sites: members.reduce((count, member) => count + member.lane.group.sites.length, 0),
    };
  });
}

function kindOf(windows: readonly LaneWindow[]): WindowKind {
  if (windows.every((member) => member.kind === 'skipped-by-notice')) return 'skipped-by-notice';
  // A freeze's dates are read in each site's zone: at one instant some zones may be frozen and
  // others not. The block is an upgrade as long as one of them upgrades.
  if (windows.every((member) => member.kind === 'skipped-by-notice' || member.kind === 'frozen'))
    return 'frozen';
  return windows.some((member) => member.kind === 'clock-change') ? 'clock-change' : 'upgrade';
}
