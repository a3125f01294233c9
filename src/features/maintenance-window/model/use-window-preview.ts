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

export interface WindowPreviewState {
  /** The latest preview computed: of the window asked for, or of an earlier one while `isCurrent` is false. */
  preview: WindowPreview | null;
  /** What `preview` was computed from: two previews compare only when they share zones and releases. */
  basis: PreviewBasis | null;
  isCurrent: boolean;
}

/**
 * One window's preview, computed off the critical path: in slices between the browser's other
 * work (runInSlices), then shown through a transition, so the form's controls answer at once.
 * Until the new preview is ready the previous one stays, with `isCurrent` false. Null asks for
 * nothing. `zones` and `releases` must keep their identity while they do not change (memoise them).
 */
export function useWindowPreview(
  maintenanceWindow: MaintenanceWindowInput | null,
  zones: readonly ZoneSites[] | undefined,
  releases: PreviewReleases,
): WindowPreviewState {
  const [computed, setComputed] = useState<{ basis: PreviewBasis; preview: WindowPreview } | null>(null);
  const windowKey =
    maintenanceWindow === null
      ? null
      : `${maintenanceWindow.day}|${maintenanceWindow.start}|${maintenanceWindow.end}`;

  useEffect(() => {
    if (windowKey === null || zones === undefined) return;
    const [day, start = '', end = ''] = windowKey.split('|');
    const slot = { day: weekdayNumberFromApi(day as MaintenanceWindowInput['day']), start, end };
    const basis: PreviewBasis = { windowKey, zones, releases };
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
  }, [windowKey, zones, releases]);

  if (windowKey === null || zones === undefined) return { preview: null, basis: null, isCurrent: true };
  const basis = computed?.basis ?? null;
  return {
    preview: computed?.preview ?? null,
    basis,
    isCurrent:
      basis !== null && basis.windowKey === windowKey && basis.zones === zones && basis.releases === releases,
  };
}
