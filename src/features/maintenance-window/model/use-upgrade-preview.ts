import { useDeferredValue, useMemo } from 'react';
import { storedWindowProblem, type MaintenanceWindowInput } from '@/contract/maintenance-window';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import { compareWindows, type WindowComparison, type WindowPreview } from './upgrade-preview';
import { useWindowPreview, windowKeyOf, type PreviewBasis } from './use-window-preview';
import type { ZoneSites } from './zone-sites';

export interface UpgradePreviewState {
  /** The saved window's preview; null until computed, or when the saved window gives no upgrade time. */
  saved: WindowPreview | null;
  /** The form's window's preview: the saved one's own object while nothing is changed. */
  changed: WindowPreview | null;
  /** Null while nothing is changed, or while either side is not there to compare. */
  comparison: WindowComparison | null;
  /** The form holds a window other than the saved one. */
  isChanged: boolean;
  /** True while what is shown is of an earlier choice (or nothing yet) and the new one is being computed. */
  isStale: boolean;
}

const sameWindow = (a: MaintenanceWindowInput, b: MaintenanceWindowInput) =>
  a.day === b.day && a.start === b.start && a.end === b.end;

/** Two previews compare only when computed for the same zones and releases. */
const sameBasis = (a: PreviewBasis | null, b: PreviewBasis | null) =>
  a !== null && b !== null && a.zones === b.zones && a.releases === b.releases;

/**
 * The saved window against the form's. Each side is computed in the background (useWindowPreview)
 * and only when it, the zones or the releases change: trying another day computes one side.
 */
export function useUpgradePreview(
  saved: MaintenanceWindowInput,
  choice: MaintenanceWindowInput | null,
  zones: readonly ZoneSites[] | undefined,
  now: DateTime,
  nextRelease: DateTime | null,
  /** The account's freezes; keep the array's identity while they do not change. */
  freezes: readonly UpgradeFreeze[],
): UpgradePreviewState {
  const nowMillis = now.toMillis();
  const nextReleaseMillis = nextRelease?.toMillis() ?? null;
  const releases = useMemo(
    () => ({
      now: DateTime.fromMillis(nowMillis, { zone: 'utc' }),
      nextRelease:
        nextReleaseMillis === null ? null : DateTime.fromMillis(nextReleaseMillis, { zone: 'utc' }),
      freezes,
    }),
    [nowMillis, nextReleaseMillis, freezes],
  );
  const usableSaved = storedWindowProblem(saved) === undefined ? saved : null;
  const isChanged = choice !== null && (usableSaved === null || !sameWindow(choice, usableSaved));
  const savedSide = useWindowPreview(usableSaved, zones, releases);
  const changedSide = useWindowPreview(isChanged ? choice : null, zones, releases);
  // Just saved: the change's preview is the new saved window's, until the saved side has its own.
  const savedFromChange =
    savedSide.isPending &&
    usableSaved !== null &&
    changedSide.basis?.windowKey === windowKeyOf(usableSaved) &&
    changedSide.basis.zones === zones &&
    changedSide.basis.releases === releases;
  const savedPreview = savedFromChange ? changedSide.preview : savedSide.preview;
  const savedBasis = savedFromChange ? changedSide.basis : savedSide.basis;
  // Until the change's first preview is ready, the saved one stays on screen (marked stale):
  // the click that changed the form then re-renders nothing of the comparison.
  const changed = isChanged ? (changedSide.preview ?? savedPreview) : choice === null ? null : savedPreview;
  const comparable = sameBasis(savedBasis, changedSide.basis);
  const comparison = useMemo(
    () =>
      isChanged && comparable && savedPreview !== null && changed !== null && changed !== savedPreview
        ? compareWindows(savedPreview, changed)
        : null,
    [isChanged, comparable, savedPreview, changed],
  );
  // Whatever changes what is shown (going back to the saved window too) renders in the background.
  const shownSaved = useDeferredValue(savedPreview);
  const shownChanged = useDeferredValue(changed);
  const shownComparison = useDeferredValue(comparison);
  return {
    saved: shownSaved,
    changed: shownChanged,
    comparison: shownComparison,
    isChanged,
    isStale:
      (savedSide.isPending && !savedFromChange) ||
      (isChanged && changedSide.isPending) ||
      shownSaved !== savedPreview ||
      shownChanged !== changed ||
      shownComparison !== comparison,
  };
}
