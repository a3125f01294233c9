import type { UpgradeWindow } from '@/domain/upgrade-schedule';
import { explainClockChange, explainClockChangeSinceLastWeek } from '@/lib/upgrade-wording';
import type { LaneBlock, LaneWindow } from './lane-windows';

/**
 * A wave a clock change reshaped compared with last week. The account's slot is one wall-clock
 * time, so zones on one offset open together week after week; when one of them changes clocks
 * on another date (Jerusalem on the Friday, Athens on the Sunday), it opens at another instant
 * for a while: its old wave is split, and the wave it now opens with is merged. The same goes for
 * the weeks between two countries' changes (Europe's and North America's).
 */
export interface WaveChange {
  /** split: these zones opened with this wave last week; merged: they open with it only now. */
  readonly kind: 'split' | 'merged';
  /** The zones that changed clocks, by name. */
  readonly timeZones: readonly string[];
  /** split: the instant they open at this week instead (epoch ms); undefined when merged. */
  readonly nowOpensAtMillis: number | undefined;
  /** Why, in the console's one wording of clock changes. */
  readonly why: string;
}

/** A zone's window of the week before, as the engine gives it; undefined when it had none. */
export type LastWeekWindowOf = (laneWindow: LaneWindow) => UpgradeWindow | undefined;

interface Member {
  readonly wave: number;
  readonly laneWindow: LaneWindow;
  /** When it opened last week, the key of last week's wave. */
  readonly lastWeekMillis: number | undefined;
  /** Why it opens at another instant than its zone's offset of last week gave: undefined if not. */
  readonly why: string | undefined;
}

/**
 * What clock changes did to each wave of the week (by index of `waves`), compared with the week
 * before: a zone that changed clocks and so no longer opens with zones it opened with last week
 * splits that wave; one that now opens with zones it did not open with merges into this one.
 * Zones that changed clocks together and still open together change nothing.
 */
export function waveChanges(waves: readonly LaneBlock[], lastWeekWindowOf: LastWeekWindowOf): WaveChange[][] {
  const members: Member[] = [];
  waves.forEach((wave, index) => {
    for (const laneWindow of wave.windows) {
      const lastWeek = lastWeekWindowOf(laneWindow);
      members.push({
        wave: index,
        laneWindow,
        lastWeekMillis: lastWeek?.startMillis,
        why: lastWeek && whyItMoved(lastWeek, laneWindow.window),
      });
    }
  });
  const byLastWeek = new Map<number, Member[]>();
  for (const member of members) {
    if (member.lastWeekMillis === undefined) continue;
    const together = byLastWeek.get(member.lastWeekMillis);
    if (together) together.push(member);
    else byLastWeek.set(member.lastWeekMillis, [member]);
  }

  const changes = waves.map(() => new Map<string, { change: WaveChange; zones: Set<string> }>());
  const note = (wave: number, kind: WaveChange['kind'], mover: Member) => {
    const nowOpensAtMillis = kind === 'split' ? mover.laneWindow.startMillis : undefined;
    const why = mover.why ?? '';
    const key = `${kind} ${nowOpensAtMillis} ${why}`;
    const notes = changes[wave];
    if (!notes) return;
    const known = notes.get(key);
    const zone = mover.laneWindow.lane.group.timeZone;
    if (known) known.zones.add(zone);
    else notes.set(key, { change: { kind, timeZones: [], nowOpensAtMillis, why }, zones: new Set([zone]) });
  };

  for (const mover of members) {
    if (mover.why === undefined || mover.lastWeekMillis === undefined) continue;
    // The waves that carry on last week's: its zones that kept their offset open there.
    const stayed = (byLastWeek.get(mover.lastWeekMillis) ?? []).filter((member) => member.why === undefined);
    for (const wave of new Set(stayed.map((member) => member.wave))) {
      if (wave !== mover.wave) note(wave, 'split', mover);
    }
    const newCompany = members.some(
      (member) =>
        member.wave === mover.wave &&
        member.lastWeekMillis !== undefined &&
        member.lastWeekMillis !== mover.lastWeekMillis,
    );
    if (newCompany) note(mover.wave, 'merged', mover);
  }

  return changes.map((notes) =>
    [...notes.values()].map(({ change, zones }) => ({ ...change, timeZones: [...zones].sort() })),
  );
}

/**
 * Why a window opens at another instant than last week's offset gave: the existing sentence when
 * the clocks jumped over its start time, else the clocks changed between the two windows.
 */
function whyItMoved(lastWeek: UpgradeWindow, thisWeek: UpgradeWindow): string | undefined {
  if (lastWeek.offsetAtStartMinutes === thisWeek.offsetAtStartMinutes) return undefined;
  const openedLate = explainClockChange(thisWeek).find(({ kind }) => kind === 'opened-late');
  return openedLate?.sentence ?? explainClockChangeSinceLastWeek(lastWeek, thisWeek)?.sentence;
}
