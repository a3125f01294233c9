import {
  AUDIT_KINDS,
  DEFAULT_AUDIT_LOG_PAGE_SIZE,
  type AuditKind,
  type AuditLogParams,
} from '@/contract/audit-log';
import { DateTime } from '@/lib/date-time';

/*
 * The Audit Trail's state lives in the URL query (?kind=site&from=2026-11-01&page=2), so a view
 * can be shared and Back returns to it. Reading is forgiving: a hand-edited bad value falls back
 * to the default instead of breaking the page. Dates are calendar dates in the viewer's zone, as
 * the date fields show them; the API is asked for the instants they begin and end.
 */

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export interface AuditTrailState {
  kind: AuditKind | null;
  siteId: string | null;
  /** An administrator's e-mail. */
  actor: string | null;
  /** "YYYY-MM-DD", the first day shown, in the viewer's zone. */
  from: string | null;
  /** "YYYY-MM-DD", the last day shown (included). */
  to: string | null;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export const NO_FILTERS = { kind: null, siteId: null, actor: null, from: null, to: null } as const;

const isKind = (value: string | null): value is AuditKind =>
  (AUDIT_KINDS as readonly string[]).includes(value ?? '');
const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;

export function readAuditTrailState(query: URLSearchParams): AuditTrailState {
  const kind = query.get('kind');
  const from = query.get('from');
  const to = query.get('to');
  const page = Number(query.get('page'));
  const pageSize = Number(query.get('pageSize'));
  return {
    kind: isKind(kind) ? kind : null,
    siteId: query.get('siteId') || null,
    actor: query.get('actor') || null,
    from: isDate(from) ? from : null,
    to: isDate(to) ? to : null,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    pageSize: (AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize)
      ? pageSize
      : DEFAULT_AUDIT_LOG_PAGE_SIZE,
  };
}

/** The query string for a state, leaving defaults out so URLs stay short. */
export function writeAuditTrailState(state: AuditTrailState): URLSearchParams {
  const query = new URLSearchParams();
  if (state.kind) query.set('kind', state.kind);
  if (state.siteId) query.set('siteId', state.siteId);
  if (state.actor) query.set('actor', state.actor);
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  if (state.page !== 1) query.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_AUDIT_LOG_PAGE_SIZE) query.set('pageSize', String(state.pageSize));
  return query;
}

export function hasFilters(state: AuditTrailState): boolean {
  return Object.keys(NO_FILTERS).some((key) => state[key as keyof typeof NO_FILTERS] !== null);
}

/** A range whose last day comes before its first: the To field says so, and nothing is asked. */
export function isRangeBackwards(state: Pick<AuditTrailState, 'from' | 'to'>): boolean {
  return state.from !== null && state.to !== null && state.to < state.from;
}

/** The first instant of a date on the viewer's clock (its midnight, or the jump where it has none). */
function startOfDate(date: string, viewerTimeZone: string): DateTime {
  return DateTime.fromISO(date, { zone: viewerTimeZone }).startOf('day');
}

/** The GET /api/audit-log parameters: whole days in the viewer's zone, `to` excluded by the API. */
export function toAuditLogParams(state: AuditTrailState, viewerTimeZone: string): AuditLogParams {
  return {
    kind: state.kind ?? undefined,
    siteId: state.siteId ?? undefined,
    actor: state.actor ?? undefined,
    from: state.from ? (startOfDate(state.from, viewerTimeZone).toUTC().toISO() ?? undefined) : undefined,
    to: state.to
      ? (startOfDate(state.to, viewerTimeZone).plus({ days: 1 }).startOf('day').toUTC().toISO() ?? undefined)
      : undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}
