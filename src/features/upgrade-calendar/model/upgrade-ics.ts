import { createEvents, type EventAttributes } from 'ics';
import { formatUpgradeWindow } from '@/lib/date-time';
import { explainNextUpgrade } from '@/lib/upgrade-wording';
import type { ZoneGroup } from './calendar-types';

const PRODUCT_ID = '-//Socket Upgrade Console//Upgrade calendar//EN';
/** Past this many, the description names the first ones and counts the rest. */
const NAMED_SITES = 50;

export interface IcsOptions {
  /** The release the windows follow; part of every UID so another release makes other events. */
  releasedAt: string;
  /** Where the file was made, for UIDs that stay the same when it is exported again. */
  host: string;
}

/**
 * An iCalendar file (RFC 5545) with one event per zone: its sites share the same window. Times
 * are UTC instants (DTSTART:...Z), which every calendar places correctly in the reader's zone.
 */
export function buildUpgradeIcs(groups: readonly ZoneGroup[], options: IcsOptions): string {
  const events: EventAttributes[] = groups.map(({ timeZone, sites, upgrade }) => {
    const only = sites.length === 1 ? sites[0] : undefined;
    const names = sites.slice(0, NAMED_SITES).map((site) => `- ${site.name}`);
    if (sites.length > NAMED_SITES) names.push(`- and ${sites.length - NAMED_SITES} more`);
    return {
      uid: `${options.releasedAt}/${timeZone}@${options.host}`,
      title: only ? `Socket upgrade: ${only.name}` : `Socket upgrade: ${sites.length} sites (${timeZone})`,
      description: [
        `Socket upgrade window, site-local: ${formatUpgradeWindow(upgrade.start, upgrade.end, { withYear: true, countryCode: sites[0]?.countryCode })}`,
        `Time zone: ${timeZone}`,
        ...explainNextUpgrade(upgrade).map(({ sentence }) => sentence),
        'Sites:',
        ...names,
      ].join('\n'),
      location: timeZone,
      start: upgrade.startMillis,
      startInputType: 'utc',
      startOutputType: 'utc',
      end: upgrade.endMillis,
      endInputType: 'utc',
      endOutputType: 'utc',
      busyStatus: 'BUSY',
      categories: ['Socket upgrade'],
    };
  });
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, calName: 'Socket upgrades' });
  if (error || value === null) throw error ?? new Error('The calendar file could not be built.');
  return value;
}
