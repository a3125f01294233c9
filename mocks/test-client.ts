import { auditLogPageSchema, type AuditEntry } from '@/contract/audit-log';
import type { SiteGeneralInput } from '@/contract/site-general-input';
import type { Site } from '@/contract/sites';

/*
 * For the mocks' own tests: requests as the console sends them (relative URLs resolve against the
 * jsdom page), answers as status + parsed JSON, so a test reads like the contract table.
 */

export interface MockAnswer {
  status: number;
  body: unknown;
  headers: Headers;
}

interface CallOptions {
  body?: unknown;
  /** Sent as it is: '"3"', '3', or anything a client might get wrong. */
  ifMatch?: string;
  /** Sent as it is instead of JSON. */
  rawBody?: string;
}

export async function call(method: string, path: string, options: CallOptions = {}): Promise<MockAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
    headers: response.headers,
  };
}

export const get = (path: string) => call('GET', path);
export const put = (path: string, body: unknown, ifMatch?: string) => call('PUT', path, { body, ifMatch });
export const post = (path: string, body: unknown) => call('POST', path, { body });

/** The first page of the audit log, newest first (`query`: "?kind=freeze"...). */
export async function auditEntries(query = ''): Promise<AuditEntry[]> {
  return auditLogPageSchema.parse((await get(`/api/audit-log${query}`)).body).items;
}

/** A Storage that lives as long as the test: survives a simulated reload, not the next test. */
export function createMemoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & {
  values: Map<string, string>;
} {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/** The General fields of a site, as the form sends them back. */
export function generalOf(site: Site): SiteGeneralInput {
  const { name, description, siteType, connectionType, countryCode, stateCode, cityName, address, timezone } =
    site;
  return { name, description, siteType, connectionType, countryCode, stateCode, cityName, address, timezone };
}
