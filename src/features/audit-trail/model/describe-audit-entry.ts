import type { AuditChange, AuditEntry, AuditKind } from '@/contract/audit-log';
import { countryName } from '@/domain/places';
import { isApiWeekday, WEEKDAYS } from '@/domain/weekdays';
import { formatSiteDate } from '@/lib/upgrade-wording';

/*
 * An audit entry in the console's words: what it changed (with a link to it where a page shows
 * it), and each change as "label: before → after". Field names are the API's; labels are the
 * forms' (Day of the week, Time slot, Time Zone).
 */

/** The kinds as the filter and the table name them. */
export const KIND_LABELS: Record<AuditKind, string> = {
  'maintenance-window': 'Maintenance window',
  site: 'Site General',
  'site-window': 'Site upgrade window',
  freeze: 'Upgrade freeze',
};

const FIELD_LABELS: Record<string, string> = {
  day: 'Day of the week',
  start: 'Start',
  end: 'End',
  name: 'Name',
  description: 'Description',
  siteType: 'Site Type',
  connectionType: 'Connection Type',
  countryCode: 'Country',
  stateCode: 'State',
  cityName: 'City',
  address: 'Address',
  timezone: 'Time Zone',
  startDate: 'Start date',
  endDate: 'End date',
};

export interface ChangeLine {
  label: string;
  /** Null: nothing (a created freeze's before, a deleted one's after) or, for a site, the account's window. */
  before: string | null;
  after: string | null;
}

export interface AuditEntryDescription {
  /** "Maintenance Window", the site's or the freeze's name at the time. */
  subject: string;
  /** What part of it: "Site General", "Site upgrade window", "System Settings"... */
  kindLabel: string;
  /** Where the changed thing is shown, when a page shows it. */
  href: string | undefined;
  /** "Created", "Deleted", or undefined for a change. */
  actionLabel: string | undefined;
  /** What stands for null in this entry: the site follows the account's window, or nothing. */
  nullText: string;
  lines: ChangeLine[];
}

function valueText(field: string, value: string | null): string | null {
  if (value === null) return null;
  if (field === 'day' && isApiWeekday(value)) {
    return WEEKDAYS.find((weekday) => weekday.apiName === value)?.name ?? value;
  }
  if (field === 'startDate' || field === 'endDate') return formatSiteDate(value);
  if (field === 'countryCode') return countryName(value) ?? value;
  if (value === '') return '(empty)';
  return value;
}

/** Start and end change together (a slot is two hours): one "Time slot" line reads better. */
function changeLines(changes: readonly AuditChange[]): ChangeLine[] {
  const start = changes.find((change) => change.field === 'start');
  const end = changes.find((change) => change.field === 'end');
  const slot = (from: string | null | undefined, to: string | null | undefined) =>
    from == null || to == null ? null : `${from} – ${to}`;
  const lines: ChangeLine[] = [];
  for (const change of changes) {
    if (start && end && change === end) continue;
    if (start && end && change === start) {
      lines.push({
        label: 'Time slot',
        before: slot(start.before, end.before),
        after: slot(start.after, end.after),
      });
      continue;
    }
    lines.push({
      label: FIELD_LABELS[change.field] ?? change.field,
      before: valueText(change.field, change.before),
      after: valueText(change.field, change.after),
    });
  }
  return lines;
}

const sitePage = (siteId: string) => `/network/sites/${encodeURIComponent(siteId)}/general`;

export function describeAuditEntry(entry: AuditEntry): AuditEntryDescription {
  const { target } = entry;
  const common = {
    kindLabel: KIND_LABELS[target.kind],
    actionLabel: entry.action === 'created' ? 'Created' : entry.action === 'deleted' ? 'Deleted' : undefined,
    nullText: target.kind === 'site-window' ? 'Account window' : 'None',
    lines: changeLines(entry.changes),
  };
  switch (target.kind) {
    case 'maintenance-window':
      return {
        ...common,
        subject: 'Maintenance Window',
        // Where it lives, rather than its name twice.
        kindLabel: 'System Settings',
        href: '/administration/system-settings#maintenance-window',
      };
    case 'site':
    case 'site-window':
      return { ...common, subject: target.siteName, href: sitePage(target.siteId) };
    case 'freeze':
      // The freezes are listed under the account's window; a deleted one is gone from the list.
      return {
        ...common,
        subject: target.freezeName,
        href: entry.action === 'deleted' ? undefined : '/administration/system-settings#upgrade-freezes',
      };
  }
}
