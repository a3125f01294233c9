import { useSyncExternalStore } from 'react';
import {
  checkUncheckedZones,
  onUncheckedZone,
  onZoneDataChange,
  zoneDataRevision,
} from '@/domain/upgrade-schedule';

/*
 * The schedule engine answers from its own zone table, and the browser's time-zone data may be
 * another tz release. Each year of a zone the engine reads from the table is compared with the
 * browser's data in idle time; a zone that differs is then answered from the browser's data, and
 * views that computed schedules recompute (their memos depend on the revision this hook returns).
 */

/** Keeps each idle turn short so input stays responsive. */
const MIN_IDLE_MS_LEFT = 2;
/** Without idle callbacks (Safari), short turns between tasks. */
const FALLBACK_TURN_MS = 8;

let checksStarted = false;

function scheduleIdle(run: (hasTimeLeft: () => boolean) => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(
      (deadline) => {
        // On a page never idle for 2 s, the timeout runs one zone per turn rather than none.
        let oneAnyway = deadline.didTimeout;
        run(() => {
          const go = oneAnyway || deadline.timeRemaining() > MIN_IDLE_MS_LEFT;
          oneAnyway = false;
          return go;
        });
      },
      { timeout: 2_000 },
    );
  } else {
    setTimeout(() => {
      const endsAt = performance.now() + FALLBACK_TURN_MS;
      run(() => performance.now() < endsAt);
    }, 50);
  }
}

function startZoneChecks(): void {
  if (checksStarted) return;
  checksStarted = true;
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scheduleIdle((hasTimeLeft) => {
      scheduled = false;
      let more = true;
      try {
        more = checkUncheckedZones(hasTimeLeft);
      } finally {
        if (more) schedule(); // also after an unexpected error, so the queue never stalls
      }
    });
  };
  onUncheckedZone(schedule);
  schedule();
}

function subscribe(onChange: () => void): () => void {
  startZoneChecks();
  return onZoneDataChange(onChange);
}

/** A number that changes when the engine's answers for some zone changed; use it in memo deps. */
export function useZoneDataRevision(): number {
  return useSyncExternalStore(subscribe, zoneDataRevision);
}
