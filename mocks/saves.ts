import {
  TIME_SLOTS,
  type MaintenanceWindow,
  type MaintenanceWindowInput,
} from '@/contract/maintenance-window';
import type { SiteGeneralValues } from '@/contract/site-general-input';
import type { SiteWindow } from '@/contract/site-window';
import { SITE_GENERAL_FIELDS, type Site } from '@/contract/sites';
import { changedFields, recordChange } from './audit-trail';
import type { AuditChange } from '@/contract/audit-log';
import type { Actor, MockData } from './mock-data';

/*
 * The account's window, a site's General fields and a site's own window (freezes: ./freeze-saves.ts). A save that changes something bumps the version, stamps
 * who and when, and appends to the audit log; a save that changes nothing (the same values, or
 * Asia/Calcutta for a site already in Asia/Kolkata) leaves the version and the log alone.
 * Each changes the `data` it is given: the handlers pass the account from `transact` (./db.ts),
 * which stores it.
 */

const WINDOW_FIELDS = ['day', 'start', 'end'] as const;

/** What every save that changes a resource stamps on it: the next version, who and when. */
export function nextVersionStamp(before: { readonly version: number }, actor: Actor, now: Date) {
  return { version: before.version + 1, updatedAt: now.toISOString(), updatedBy: actor.name };
}

export function saveMaintenanceWindow(
  data: MockData,
  values: MaintenanceWindowInput,
  actor: Actor,
  now = new Date(),
): MaintenanceWindow {
  const before = data.maintenanceWindow;
  const changes = changedFields(before, { ...before, ...values }, WINDOW_FIELDS);
  if (changes.length === 0) return before;
  const after: MaintenanceWindow = { ...before, ...values, ...nextVersionStamp(before, actor, now) };
  data.maintenanceWindow = after;
  recordChange(data, {
    actor,
    target: { kind: 'maintenance-window' },
    version: after.version,
    changes,
    occurredAt: after.updatedAt,
  });
  return after;
}

/**
 * One part of a site: its General fields (log entries of kind "site") or its own window (kind
 * "site-window"). Both share the site's one version, so a form of either part opened before
 * this save meets a 409. Undefined for an unknown site.
 */
function saveSitePart(
  data: MockData,
  siteId: string,
  part: { kind: 'site' | 'site-window'; values: Partial<Site>; changesFrom: (before: Site) => AuditChange[] },
  actor: Actor,
  now: Date,
): Site | undefined {
  const index = data.sites.findIndex((site) => site.id === siteId);
  const before = data.sites[index];
  if (!before) return undefined;
  const changes = part.changesFrom(before);
  if (changes.length === 0) return before;
  const after: Site = { ...before, ...part.values, ...nextVersionStamp(before, actor, now) };
  data.sites[index] = after;
  recordChange(data, {
    actor,
    target: { kind: part.kind, siteId, siteName: after.name },
    version: after.version,
    changes,
    occurredAt: after.updatedAt,
  });
  return after;
}

export function saveSiteGeneral(
  data: MockData,
  siteId: string,
  values: Partial<SiteGeneralValues>,
  actor: Actor,
  now = new Date(),
): Site | undefined {
  const changesFrom = (before: Site) => changedFields(before, { ...before, ...values }, SITE_GENERAL_FIELDS);
  return saveSitePart(data, siteId, { kind: 'site', values, changesFrom }, actor, now);
}

/**
 * A site's own window, or null to follow the account's. Its log entry has `day`, `start` and `end`
 * before and after, null on the side that follows the account's window.
 */
export function saveSiteWindow(
  data: MockData,
  siteId: string,
  upgradeWindow: SiteWindow,
  actor: Actor,
  now = new Date(),
): Site | undefined {
  const values = {
    upgradeWindow: upgradeWindow && {
      day: upgradeWindow.day,
      start: upgradeWindow.start,
      end: upgradeWindow.end,
    },
  };
  const followsAccount = { day: null, start: null, end: null };
  const changesFrom = (before: Site) =>
    changedFields(
      { ...followsAccount, ...before.upgradeWindow },
      { ...followsAccount, ...upgradeWindow },
      WINDOW_FIELDS,
    );
  return saveSitePart(data, siteId, { kind: 'site-window', values, changesFrom }, actor, now);
}

/** conflict-next-save: the other admin moves the window one hour later. */
export function rivalSavesMaintenanceWindow(data: MockData, actor: Actor): void {
  const { day, start } = data.maintenanceWindow;
  const slot = TIME_SLOTS.findIndex((candidate) => candidate.start === start);
  const later = TIME_SLOTS[(slot + 1) % TIME_SLOTS.length] ?? TIME_SLOTS[0];
  if (later) saveMaintenanceWindow(data, { day, ...later }, actor);
}

/**
 * conflict-next-save on a site's window: the other admin moves the site's window one hour later
 * (a site following the account's window gets its own, an hour after the account's).
 */
export function rivalSavesSiteWindow(data: MockData, siteId: string, actor: Actor): void {
  const site = data.sites.find((candidate) => candidate.id === siteId);
  if (!site) return;
  const { day, start } = site.upgradeWindow ?? data.maintenanceWindow;
  const slot = TIME_SLOTS.findIndex((candidate) => candidate.start === start);
  const later = TIME_SLOTS[(slot + 1) % TIME_SLOTS.length] ?? TIME_SLOTS[0];
  if (later) saveSiteWindow(data, siteId, { day, start: later.start, end: later.end }, actor);
}

/** conflict-next-save: the other admin edits the site's description (always to something new). */
export function rivalSavesSiteGeneral(data: MockData, siteId: string, actor: Actor, now = new Date()): void {
  const site = data.sites.find((candidate) => candidate.id === siteId);
  if (!site) return;
  const note = `Circuit details checked by ${actor.name} at ${now.toISOString()}.`;
  saveSiteGeneral(
    data,
    siteId,
    { description: note === site.description ? `${note} Again.` : note },
    actor,
    now,
  );
}
