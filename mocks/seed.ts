import type { AuditEntry } from '@/contract/audit-log';
import type { Site } from '@/contract/sites';
import type { SocketRelease } from '@/contract/socket-releases';
import { DateTime } from 'luxon';
import type { StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { DAY_MS, HOUR_MS } from '@/domain/clock-time';
import { isFreezeOver } from '@/domain/upgrade-freeze-rules';
import type { Actor, MockData } from './mock-data';

/*
 * The demo account: sites in places whose clocks behave differently (+05:30, +05:45, +12:45,
 * +14:00, -11:00, 30-minute and 2-hour clock changes, changes at midnight, a skipped day), HA and
 * single-Socket sites, every Socket model. Ids are stable: tests and links use them.
 * Only one site is in Asia/Tokyo and only one matches "Tokyo"; likewise for London.
 * Frankfurt Data Center has its own window (Tuesday 02:00 - 04:00); every other site follows the
 * account's (Tokyo stays so: a browser test gives it one). The freezes are dated from the clock,
 * so the year-end freeze is always the coming (or current) one.
 */

export const CURRENT_USER: Actor = { name: 'Alex Morgan', email: 'alex.morgan@example.com' };
/** The other admin who saves first in the conflict scenario. */
export const RIVAL_ADMIN: Actor = { name: 'Dana Admin', email: 'dana.admin@example.com' };

/** Newest first. The 2023 release is the vendor article's example (Fri 3 Mar 18:00 Tokyo time). */
const SOCKET_RELEASES: SocketRelease[] = [
  { version: '26.3.22512', releasedAt: '2026-11-18T09:00:00.000Z' },
  { version: '26.2.22355', releasedAt: '2026-10-28T12:00:00.000Z' },
  { version: '26.2.22310', releasedAt: '2026-10-21T12:00:00.000Z' },
  { version: '26.1.22004', releasedAt: '2026-09-01T00:00:00.000Z' },
  { version: '25.3.21120', releasedAt: '2026-03-25T12:00:00.000Z' },
  { version: '25.2.21011', releasedAt: '2026-03-04T12:00:00.000Z' },
  { version: '18.0.17580', releasedAt: '2023-03-03T09:00:00.000Z' },
];

const LATEST = '26.3.22512';

type SiteSeed = Pick<Site, 'id' | 'name' | 'countryCode' | 'cityName' | 'timezone'> & Partial<Site>;

function site(seed: SiteSeed): Site {
  return {
    description: '',
    siteType: 'Branch',
    connectionType: 'X1600',
    stateCode: null,
    address: '',
    socketVersion: LATEST,
    haMode: 'single',
    upgradeWindow: null,
    version: 1,
    updatedAt: '2026-05-11T09:00:00.000Z',
    updatedBy: CURRENT_USER.name,
    ...seed,
  };
}

/** The data centre upgrades on a quiet weeknight instead of the account's Sunday. */
const FRANKFURT_WINDOW = { day: 'TUESDAY', start: '02:00', end: '04:00' } as const;
const FRANKFURT_WINDOW_SAVED_AT = '2026-10-20T08:00:00.000Z';

function seedSites(): Site[] {
  // One line per site reads as a table.
  // prettier-ignore
  return [
    site({ id: 'site-tokyo', name: 'Tokyo Office', countryCode: 'JP', stateCode: 'JP-13', cityName: 'Tokyo', address: '2-7-2 Marunouchi, Chiyoda-ku', timezone: 'Asia/Tokyo', description: 'Sales and support for Japan.', version: 2, updatedAt: '2026-06-02T15:45:00.000Z' }),
    site({ id: 'site-london', name: 'London HQ', siteType: 'Headquarters', connectionType: 'X1700', haMode: 'ha', countryCode: 'GB', stateCode: 'GB-ENG', cityName: 'London', address: '1 Canada Square', timezone: 'Europe/London', description: 'Company headquarters.' }),
    site({ id: 'site-new-york', name: 'New York Office', haMode: 'ha', countryCode: 'US', stateCode: 'US-NY', cityName: 'New York', address: '350 Fifth Avenue', timezone: 'America/New_York' }),
    site({ id: 'site-los-angeles', name: 'Los Angeles Office', connectionType: 'X1500', countryCode: 'US', stateCode: 'US-CA', cityName: 'Los Angeles', address: '633 W 5th Street', timezone: 'America/Los_Angeles' }),
    site({ id: 'site-sao-paulo', name: 'São Paulo Office', countryCode: 'BR', stateCode: 'BR-SP', cityName: 'São Paulo', address: 'Avenida Paulista 1578', timezone: 'America/Sao_Paulo' }),
    site({ id: 'site-santiago', name: 'Santiago Office', countryCode: 'CL', stateCode: 'CL-RM', cityName: 'Santiago', timezone: 'America/Santiago', description: 'Clocks change at midnight here.' }),
    site({ id: 'site-sydney', name: 'Sydney Office', haMode: 'ha', countryCode: 'AU', stateCode: 'AU-NSW', cityName: 'Sydney', address: '1 Martin Place', timezone: 'Australia/Sydney' }),
    site({ id: 'site-lord-howe', name: 'Lord Howe Island Station', connectionType: 'X1600 LTE', countryCode: 'AU', stateCode: 'AU-NSW', cityName: 'Lord Howe Island', timezone: 'Australia/Lord_Howe', description: 'Clocks move by 30 minutes.', socketVersion: '26.2.22310' }),
    site({ id: 'site-auckland', name: 'Auckland Office', countryCode: 'NZ', stateCode: 'NZ-AUK', cityName: 'Auckland', timezone: 'Pacific/Auckland' }),
    site({ id: 'site-chatham', name: 'Chatham Islands Depot', connectionType: 'X1600 LTE', countryCode: 'NZ', stateCode: 'NZ-CIT', cityName: 'Waitangi', timezone: 'Pacific/Chatham', description: 'UTC+12:45 in winter.' }),
    site({ id: 'site-kolkata', name: 'Kolkata Office', countryCode: 'IN', stateCode: 'IN-WB', cityName: 'Kolkata', timezone: 'Asia/Kolkata', version: 2, updatedAt: '2026-10-05T10:12:00.000Z', updatedBy: RIVAL_ADMIN.name }),
    site({ id: 'site-kathmandu', name: 'Kathmandu Office', connectionType: 'X1500', countryCode: 'NP', stateCode: 'NP-P3', cityName: 'Kathmandu', timezone: 'Asia/Kathmandu' }),
    site({ id: 'site-tehran', name: 'Tehran Office', countryCode: 'IR', stateCode: 'IR-23', cityName: 'Tehran', timezone: 'Asia/Tehran' }),
    site({ id: 'site-jerusalem', name: 'Jerusalem R&D', siteType: 'Data Center', connectionType: 'X1700', haMode: 'ha', countryCode: 'IL', stateCode: 'IL-JM', cityName: 'Jerusalem', timezone: 'Asia/Jerusalem' }),
    site({ id: 'site-cairo', name: 'Cairo Office', countryCode: 'EG', stateCode: 'EG-C', cityName: 'Cairo', timezone: 'Africa/Cairo' }),
    site({ id: 'site-casablanca', name: 'Casablanca Office', countryCode: 'MA', stateCode: 'MA-06', cityName: 'Casablanca', timezone: 'Africa/Casablanca' }),
    site({ id: 'site-st-johns', name: "St. John's Office", connectionType: 'X1500', countryCode: 'CA', stateCode: 'CA-NL', cityName: "St. John's", timezone: 'America/St_Johns' }),
    site({ id: 'site-honolulu', name: 'Honolulu Office', connectionType: 'X1500', countryCode: 'US', stateCode: 'US-HI', cityName: 'Honolulu', timezone: 'Pacific/Honolulu' }),
    site({ id: 'site-kiritimati', name: 'Kiritimati Field Office', connectionType: 'X1600 LTE', countryCode: 'KI', stateCode: 'KI-L', cityName: 'Kiritimati', timezone: 'Pacific/Kiritimati', description: 'Offline in its last window: still on the previous version.', socketVersion: '26.2.22355' }),
    site({ id: 'site-pago-pago', name: 'Pago Pago Office', connectionType: 'X1500', countryCode: 'AS', cityName: 'Pago Pago', timezone: 'Pacific/Pago_Pago' }),
    site({ id: 'site-dublin', name: 'Dublin Office', countryCode: 'IE', stateCode: 'IE-D', cityName: 'Dublin', address: "1 Sir John Rogerson's Quay", timezone: 'Europe/Dublin' }),
    site({ id: 'site-berlin', name: 'Berlin Office', countryCode: 'DE', stateCode: 'DE-BE', cityName: 'Berlin', timezone: 'Europe/Berlin' }),
    site({ id: 'site-frankfurt', name: 'Frankfurt Data Center', siteType: 'Data Center', connectionType: 'X1700', haMode: 'ha', countryCode: 'DE', stateCode: 'DE-HE', cityName: 'Frankfurt am Main', timezone: 'Europe/Berlin', upgradeWindow: FRANKFURT_WINDOW, version: 2, updatedAt: FRANKFURT_WINDOW_SAVED_AT }),
    site({ id: 'site-apia', name: 'Apia Office', connectionType: 'X1500', countryCode: 'WS', stateCode: 'WS-TU', cityName: 'Apia', timezone: 'Pacific/Apia', description: 'Samoa skipped Friday 30 December 2011.' }),
    site({ id: 'site-havana', name: 'Havana Office', connectionType: 'X1500', countryCode: 'CU', stateCode: 'CU-03', cityName: 'Havana', timezone: 'America/Havana' }),
    site({ id: 'site-beirut', name: 'Beirut Office', countryCode: 'LB', stateCode: 'LB-BA', cityName: 'Beirut', timezone: 'Asia/Beirut' }),
    site({ id: 'site-troll', name: 'Troll Research Station', connectionType: 'X1600 LTE', countryCode: 'AQ', cityName: 'Troll', timezone: 'Antarctica/Troll', description: 'Clocks change by 2 hours. Offline for the winter.', socketVersion: '26.1.22004' }),
    site({ id: 'site-kyiv', name: 'Kyiv Lab', connectionType: 'ESX1500', countryCode: 'UA', stateCode: 'UA-30', cityName: 'Kyiv', timezone: 'Europe/Kyiv' }),
    site({ id: 'site-aws-us-east', name: 'AWS us-east-1', siteType: 'Cloud Data Center', connectionType: 'AWS1500', haMode: 'ha', countryCode: 'US', stateCode: 'US-VA', cityName: 'Ashburn', timezone: 'America/New_York' }),
    site({ id: 'site-azure-west-europe', name: 'Azure West Europe', siteType: 'Cloud Data Center', connectionType: 'Azure1500', haMode: 'ha', countryCode: 'NL', stateCode: 'NL-NH', cityName: 'Amsterdam', timezone: 'Europe/Amsterdam' }),
    site({ id: 'site-gcp-singapore', name: 'GCP asia-southeast1', siteType: 'Cloud Data Center', connectionType: 'GCP1500', countryCode: 'SG', cityName: 'Singapore', timezone: 'Asia/Singapore' }),
  ];
}

/** The entries of the fixed part of the seed (the freezes' own come with them), in any order. */
function seedAuditEntries(): Omit<AuditEntry, 'id'>[] {
  return [
    {
      occurredAt: FRANKFURT_WINDOW_SAVED_AT,
      actor: CURRENT_USER,
      target: { kind: 'site-window', siteId: 'site-frankfurt', siteName: 'Frankfurt Data Center' },
      action: 'changed',
      version: 2,
      changes: [
        { field: 'day', before: null, after: 'TUESDAY' },
        { field: 'start', before: null, after: '02:00' },
        { field: 'end', before: null, after: '04:00' },
      ],
    },
    {
      occurredAt: '2026-10-05T10:12:00.000Z',
      actor: RIVAL_ADMIN,
      target: { kind: 'site', siteId: 'site-kolkata', siteName: 'Kolkata Office' },
      action: 'changed',
      version: 2,
      changes: [{ field: 'timezone', before: 'Asia/Calcutta', after: 'Asia/Kolkata' }],
    },
    {
      occurredAt: '2026-09-14T07:30:00.000Z',
      actor: CURRENT_USER,
      target: { kind: 'maintenance-window' },
      action: 'changed',
      version: 2,
      changes: [
        { field: 'day', before: 'SATURDAY', after: 'SUNDAY' },
        { field: 'start', before: '22:00', after: '01:00' },
        { field: 'end', before: '00:00', after: '03:00' },
      ],
    },
    {
      occurredAt: '2026-06-02T15:45:00.000Z',
      actor: CURRENT_USER,
      target: { kind: 'site', siteId: 'site-tokyo', siteName: 'Tokyo Office' },
      action: 'changed',
      version: 2,
      changes: [{ field: 'name', before: 'Tokyo Branch', after: 'Tokyo Office' }],
    },
  ];
}

const isoInstant = (millis: number) => new Date(millis).toISOString();

/**
 * Two year-end freezes, 18 December - 4 January: the coming one (or the one under way: its end has
 * not passed on every site's clock) and the one before it, which is over and can only be deleted.
 * Each was created in mid-November; the coming one had its end moved from 2 to 4 January an hour
 * later. The times are whole hours of days before `now`, so the seed is the same all day long.
 */
function seedFreezes(now: Date): { freezes: StoredUpgradeFreeze[]; entries: Omit<AuditEntry, 'id'>[] } {
  const year = now.getUTCFullYear();
  const coming = isFreezeOver({ endDate: `${year}-01-04` }, DateTime.fromJSDate(now)) ? year : year - 1;
  const yesterdayAt9 = Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS + 9 * HOUR_MS;
  const createdAt = (freezeYear: number) => Math.min(Date.UTC(freezeYear, 10, 18, 9), yesterdayAt9);

  const freezeOf = (freezeYear: number, id: string) => ({
    id,
    name: `Year-end freeze ${freezeYear}`,
    startDate: `${freezeYear}-12-18`,
    endDate: `${freezeYear + 1}-01-04`,
  });
  const previous = freezeOf(coming - 1, 'freeze-year-end-previous');
  const next = freezeOf(coming, 'freeze-year-end');
  const previousCreatedAt = isoInstant(createdAt(coming - 1));
  const nextCreatedAt = isoInstant(createdAt(coming));
  const nextChangedAt = isoInstant(createdAt(coming) + HOUR_MS);

  const created = (freeze: typeof next, occurredAt: string, endDate: string): Omit<AuditEntry, 'id'> => ({
    occurredAt,
    actor: CURRENT_USER,
    target: { kind: 'freeze', freezeId: freeze.id, freezeName: freeze.name },
    action: 'created',
    version: 1,
    changes: [
      { field: 'name', before: null, after: freeze.name },
      { field: 'startDate', before: null, after: freeze.startDate },
      { field: 'endDate', before: null, after: endDate },
    ],
  });
  return {
    freezes: [
      { ...previous, version: 1, updatedAt: previousCreatedAt, updatedBy: CURRENT_USER.name },
      { ...next, version: 2, updatedAt: nextChangedAt, updatedBy: CURRENT_USER.name },
    ],
    entries: [
      created(previous, previousCreatedAt, previous.endDate),
      created(next, nextCreatedAt, `${coming + 1}-01-02`),
      {
        occurredAt: nextChangedAt,
        actor: CURRENT_USER,
        target: { kind: 'freeze', freezeId: next.id, freezeName: next.name },
        action: 'changed',
        version: 2,
        changes: [{ field: 'endDate', before: `${coming + 1}-01-02`, after: next.endDate }],
      },
    ],
  };
}

/** Newest first, numbered in the order they happened, as the backend numbers new entries. */
function seedAuditLog(entries: Omit<AuditEntry, 'id'>[]): AuditEntry[] {
  return entries
    .toSorted((a, b) => a.occurredAt.localeCompare(b.occurredAt))
    .map((entry, index) => ({ id: `audit-${index + 1}`, ...entry }))
    .reverse();
}

/** A fresh copy of the demo account each time: callers may change it. `now` dates the freezes. */
export function createSeedData(now = new Date()): MockData {
  const { freezes, entries } = seedFreezes(now);
  return {
    // The reference example: Sunday 01:00 - 03:00, in each site's own time.
    maintenanceWindow: {
      day: 'SUNDAY',
      start: '01:00',
      end: '03:00',
      version: 2,
      updatedAt: '2026-09-14T07:30:00.000Z',
      updatedBy: CURRENT_USER.name,
    },
    sites: seedSites(),
    socketReleases: SOCKET_RELEASES.map((release) => ({ ...release })),
    upgradeFreezes: freezes,
    auditLog: seedAuditLog([...seedAuditEntries(), ...entries]),
  };
}
