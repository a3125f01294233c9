import { groupIntoWaves } from '@/domain/upgrade-waves';
import { DateTime, EXPORT_LOCALE, formatUpgradeWindow } from '@/lib/date-time';
import { countOf, SITE, ZONE } from '@/lib/plural';
import { explainNextUpgrade, movedByFreezeLabels } from '@/lib/upgrade-wording';
import type { CalendarSite, ZoneGroup } from './calendar-types';
import { HA_MODE_WORDING } from './ha-mode';
import { groupTitle, ownWindowText } from './zone-groups';
import { formatIcs, type IcsEvent } from './upgrade-ics-format';

const PRODUCT_ID = '-//Socket Upgrade Console//Upgrade calendar//EN';
/** Past this many, a description names the first ones and counts the rest. */
const NAMED_SITES = 50;
const CATEGORIES = ['Socket upgrade'];

/**
 * What one event stands for: every site whose window opens at the same instant (a wave), the
 * sites of one time zone, or one site (for a ticket or a calendar per site).
 */
export type IcsEventPer = 'wave' | 'zone' | 'site';

export interface IcsOptions {
  /** The release the windows follow; part of every UID so another release makes other events. */
  releasedAt: string;
  /** Where the file was made, for UIDs that stay the same when it is exported again. */
  host: string;
  /** When the file is made (each event's DTSTAMP). */
  madeAtMillis: number;
  /** One event per wave, per time zone (the default) or per site. */
  eventPer?: IcsEventPer;
  /** A reminder this many minutes before each event opens; none when undefined. */
  reminderMinutesBefore?: number | undefined;
}

/**
 * An iCalendar file (RFC 5545). Times are UTC instants (DTSTART:...Z), which every calendar
 * places correctly in the reader's zone; lines are folded at 75 octets.
 */
export function buildUpgradeIcs(groups: readonly ZoneGroup[], options: IcsOptions): string {
  const eventPer = options.eventPer ?? 'zone';
  const events =
    eventPer === 'site'
      ? siteEvents(groups, options)
      : eventPer === 'wave'
        ? waveEvents(groups, options)
        : zoneEvents(groups, options);
  const minutesBefore = options.reminderMinutesBefore;
  const alarm =
    minutesBefore !== undefined && minutesBefore > 0
      ? { minutesBefore, description: 'Socket upgrade window opens' }
      : undefined;
  return formatIcs({
    productId: PRODUCT_ID,
    name: 'Socket upgrades',
    stampedAtMillis: options.madeAtMillis,
    events: alarm ? events.map((event) => ({ ...event, alarm })) : events,
  });
}

/** How many events the file holds for each choice, for the export dialog. */
export function icsEventCounts(groups: readonly ZoneGroup[]): Record<IcsEventPer, number> {
  return {
    wave: new Set(groups.map((group) => group.upgrade.startMillis)).size,
    zone: groups.length,
    site: groups.reduce((sum, group) => sum + group.sites.length, 0),
  };
}

/**
 * The window in the site's own time, worded once per zone: its sites share it. In the exports'
 * one locale, whatever the browser's.
 */
function zoneWording(group: ZoneGroup): { window: string; explanations: string[] } {
  const ownWindow = ownWindowText(group);
  return {
    window: formatUpgradeWindow(group.upgrade.start, group.upgrade.end, {
      withYear: true,
      countryCode: group.sites[0]?.countryCode,
      locale: EXPORT_LOCALE,
    }),
    explanations: [
      ...(ownWindow ? [`${ownWindow} (site time).`] : []),
      ...movedByFreezeLabels(group.upgrade).map((label) => `${label}.`),
      ...explainNextUpgrade(group.upgrade, EXPORT_LOCALE).map(({ sentence }) => sentence),
    ],
  };
}

/** "Asia/Tokyo", or "Asia/Tokyo/own-window/2-0200-0400" for sites with their own window: unique per group. */
function groupUidPart(group: ZoneGroup): string {
  const own = group.ownWindow;
  return own
    ? `${group.timeZone}/own-window/${own.day}-${own.start.replace(':', '')}-${own.end.replace(':', '')}`
    : group.timeZone;
}

function siteList(sites: readonly CalendarSite[]): string[] {
  const names = sites.slice(0, NAMED_SITES).map((site) => `- ${site.name}`);
  if (sites.length > NAMED_SITES)
    names.push(`- and ${(sites.length - NAMED_SITES).toLocaleString('en-GB')} more`);
  return names;
}

/** One event per zone: its sites share the same window. */
function zoneEvents(groups: readonly ZoneGroup[], options: IcsOptions): IcsEvent[] {
  return groups.map((group) => {
    const { timeZone, sites, upgrade } = group;
    const only = sites.length === 1 ? sites[0] : undefined;
    const wording = zoneWording(group);
    return {
      uid: `${options.releasedAt}/${groupUidPart(group)}@${options.host}`,
      summary: only
        ? `Socket upgrade: ${only.name}`
        : `Socket upgrade: ${sites.length} sites (${groupTitle(group)})`,
      description: [
        `Socket upgrade window, site-local: ${wording.window}`,
        `Time zone: ${timeZone}`,
        ...wording.explanations,
        'Sites:',
        ...siteList(sites),
      ].join('\n'),
      location: timeZone,
      startMillis: upgrade.startMillis,
      endMillis: upgrade.endMillis,
      categories: CATEGORIES,
    };
  });
}

/** One event per site, whose UID and description carry the site's id for a ticket or a script. */
function siteEvents(groups: readonly ZoneGroup[], options: IcsOptions): IcsEvent[] {
  return groups.flatMap((group) => {
    const wording = zoneWording(group);
    return group.sites.map((site) => ({
      uid: `${options.releasedAt}/site/${site.id}@${options.host}`,
      summary: `Socket upgrade: ${site.name}`,
      description: [
        `Socket upgrade window, site-local: ${wording.window}`,
        `Time zone: ${group.timeZone}`,
        `Site ID: ${site.id}`,
        `${HA_MODE_WORDING[site.haMode].label}: ${HA_MODE_WORDING[site.haMode].sentence}`,
        ...wording.explanations,
      ].join('\n'),
      location: group.timeZone,
      startMillis: group.upgrade.startMillis,
      endMillis: group.upgrade.endMillis,
      categories: CATEGORIES,
    }));
  });
}

/**
 * One event per wave: the zones whose windows open at the same instant. They may close at
 * different times (a clock change lengthens one), so the event lasts until the last one closes.
 */
function waveEvents(groups: readonly ZoneGroup[], options: IcsOptions): IcsEvent[] {
  const waves = groupIntoWaves(
    groups.map((group) => ({
      startMillis: group.upgrade.startMillis,
      endMillis: group.upgrade.endMillis,
      group,
    })),
  );
  return waves.map(({ startMillis, members }) => {
    const waveGroups = members.map((member) => member.group);
    const sites = waveGroups.flatMap((group) => group.sites);
    const only = sites.length === 1 ? sites[0] : undefined;
    const opens = DateTime.fromMillis(startMillis, { zone: 'utc' }).toISO({ suppressMilliseconds: true });
    return {
      uid: `${options.releasedAt}/wave/${opens}@${options.host}`,
      summary: only
        ? `Socket upgrade: ${only.name}`
        : `Socket upgrade wave: ${countOf(sites.length, SITE)} in ${countOf(new Set(waveGroups.map((group) => group.timeZone)).size, ZONE)}`,
      description: [
        `Every site below opens its upgrade window at ${opens}.`,
        ...waveGroups.flatMap((group) => {
          const wording = zoneWording(group);
          return [
            `${groupTitle(group)} (${countOf(group.sites.length, SITE)}), site-local: ${wording.window}`,
            ...wording.explanations,
          ];
        }),
        'Sites:',
        ...siteList(sites),
      ].join('\n'),
      location: waveGroups.length === 1 ? waveGroups[0]?.timeZone : undefined,
      startMillis,
      endMillis: Math.max(...members.map((member) => member.endMillis)),
      categories: CATEGORIES,
    };
  });
}
