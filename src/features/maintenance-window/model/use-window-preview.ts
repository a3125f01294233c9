import { startTransition, useEffect, useState } from 'react';
import type { MaintenanceWindowInput } from '@/contract/maintenance-window';
import { weekdayNumberFromApi } from '@/domain/weekdays';
import { runInSlices } from './run-in-slices';
import { previewWindowSteps, type PreviewReleases, type WindowPreview } from './upgrade-preview';
import type { ZoneSites } from './zone-sites';

/** What a preview was computed from. */
export interface PreviewBasis {
  /** "SATURDAY|23:00|01:00" */
  windowKey: string;
  zones: readonly ZoneSites[];
  releases: PreviewReleases;
}

/** "SATURDAY|23:00|01:00": a window as one value, to tell windows apart. */
export function windowKeyOf({ day, start, end }: MaintenanceWindowInput): string {
  return `${day}|${start}|${end}`;
}

export interface WindowPreviewState {
  /**
   * The latest preview computed: of the window asked for, or, while `isPending`, of an earlier
   * one (also when nothing is asked for any more: a change just saved is the new saved window).
   */
  preview: WindowPreview | null;
  /** What `preview` was computed from: two previews compare only when they share zones and releases. */
  basis: PreviewBasis | null;
  /** A window is asked for and its preview is not computed yet. */
  isPending: boolean;
}

/**
 * One window's preview, computed off the critical path: in slices between the browser's other
 * work (runInSlices), then shown through a transition, so the form's controls answer at once.
 * Until the new preview is ready the previous one stays, with `isPending`. Null asks for
 * nothing. `zones` and `releases` must keep their identity while they do not change (memoise them).
 */
export function useWindowPreview(
  maintenanceWindow: MaintenanceWindowInput | null,
  zones: readonly ZoneSites[] | undefined,
  releases: PreviewReleases,
): WindowPreviewState {
  const [computed, setComputed] = useState<{ basis: PreviewBasis; preview: WindowPreview } | null>(null);
  const day = maintenanceWindow?.day;
  const start = maintenanceWindow?.start;
  const end = maintenanceWindow?.end;
  const windowKey = maintenanceWindow === null ? null : windowKeyOf(maintenanceWindow);

  useEffect(() => {
    if (day === undefined || start === undefined || end === undefined || zones === undefined) return;
    const slot = { day: weekdayNumberFromApi(day), start, end };
    const basis: PreviewBasis = { windowKey: windowKeyOf({ day, start, end }), zones, releases };
    const controller = new AbortController();
    runInSlices(previewWindowSteps(slot, zones, releases), controller.signal).then(
      (preview) => startTransition(() => setComputed({ basis, preview })),
      (error: unknown) => {
        // A newer choice replaced this one; any other failure goes to the error boundary.
        if (!controller.signal.aborted)
          setComputed(() => {
            throw error;
          });
      },
    );
    return () => controller.abort();
  }, [day, start, end, zones, releases]);

  const basis = computed?.basis ?? null;
  const isCurrent =
    basis !== null && basis.windowKey === windowKey && basis.zones === zones && basis.releases === releases;
  return {
    preview: computed?.preview ?? null,
    basis,
    isPending: windowKey !== null && zones !== undefined && !isCurrent,
  };
}
