import type { SocketRelease } from '@/contract/socket-releases';
import { DateTime } from '@/lib/date-time';

/** The earliest release the API lists after `now`: the next version sites will meet, if announced. */
export function nextKnownRelease(
  releases: readonly SocketRelease[],
  now: DateTime,
): { version: string; releasedAt: DateTime } | null {
  const nowMillis = now.toMillis();
  let next: { version: string; releasedAt: DateTime } | null = null;
  for (const release of releases) {
    const releasedAt = DateTime.fromISO(release.releasedAt, { zone: 'utc' });
    if (releasedAt.toMillis() <= nowMillis) continue;
    if (next === null || releasedAt < next.releasedAt) next = { version: release.version, releasedAt };
  }
  return next;
}
