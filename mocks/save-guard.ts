import { HttpResponse } from 'msw';
import { forbidden, conflict, notFound, preconditionRequired, serverError } from './responses';
import { isScenarioOn, NEXT_SAVE_SCENARIOS, takeNextSaveScenario } from './scenarios';

/*
 * What a careful backend checks before it even reads a save, in the order it checks them:
 * role (403), existence (404), then the version the client edited (428 without one, 409 when
 * someone saved since). The one-time scenarios step in here too: the save fails (500), never
 * arrives (network error), or another admin saves first.
 */

interface SaveGuard<T extends { version: number }> {
  request: Request;
  /** The resource as stored now; undefined when it does not exist. */
  current: () => T | undefined;
  /** What "another admin" does first in the conflict-next-save scenario. */
  rivalSave: () => void;
  notFoundMessage?: string;
}

/** An answer that refuses the save, or undefined when the handler may go on. */
export function refuseSave<T extends { version: number }>(guard: SaveGuard<T>): Response | undefined {
  if (isScenarioOn('viewer')) return forbidden();
  const missing = () => notFound(guard.notFoundMessage ?? 'Not found.');
  if (!guard.current()) return missing();

  switch (takeNextSaveScenario()) {
    case 'offline-next-save':
      return HttpResponse.error();
    case 'fail-next-save':
      return serverError();
    case 'conflict-next-save':
      guard.rivalSave();
      break;
    case undefined:
      break;
  }

  const ifMatch = guard.request.headers.get('If-Match');
  if (ifMatch === null || ifMatch.trim() === '') return preconditionRequired();
  const current = guard.current();
  if (!current) return missing();
  if (parseVersion(ifMatch) !== current.version) return conflict(current);
  return undefined;
}

/**
 * The same checks for a save that sends no If-Match: creating a freeze (nothing to conflict
 * with, so conflict-next-save waits for the next save) and the bulk window save (each site's
 * version is in the body; `rivalSave` makes one of them stale).
 */
export function refuseUnversionedSave({ rivalSave }: { rivalSave?: () => void } = {}): Response | undefined {
  if (isScenarioOn('viewer')) return forbidden();
  const among = rivalSave
    ? NEXT_SAVE_SCENARIOS
    : NEXT_SAVE_SCENARIOS.filter((name) => name !== 'conflict-next-save');
  switch (takeNextSaveScenario(among)) {
    case 'offline-next-save':
      return HttpResponse.error();
    case 'fail-next-save':
      return serverError();
    case 'conflict-next-save':
      rivalSave?.();
      return undefined;
    case undefined:
      return undefined;
  }
}

/** `"3"` (an ETag) or `3`; anything else (`W/"3"`, `*`, `abc`) matches no version. */
export function parseVersion(ifMatch: string): number | undefined {
  const match = /^\s*"?(\d+)"?\s*$/.exec(ifMatch);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
