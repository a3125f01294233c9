import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditLogPageSchema, type AuditLogPage, type AuditLogParams } from '@/contract/audit-log';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';

/** Drops empty values, so `{ siteId: '' }` and `{}` are the same request and the same cache entry. */
function normalize(params: AuditLogParams): AuditLogParams {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined && value !== ''),
  ) as AuditLogParams;
}

/** One page of the log, newest first, filtered by the server; `total` counts every match. */
export function getAuditLog(
  params: AuditLogParams = {},
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditLogPage> {
  return apiRequest('/api/audit-log', { schema: auditLogPageSchema, query: normalize(params), signal });
}

export function getAuditLogQueryOptions(params: AuditLogParams = {}) {
  const normalized = normalize(params);
  return queryOptions({
    queryKey: queryKeys.auditLog.list(normalized),
    queryFn: ({ signal }) => getAuditLog(normalized, { signal }),
  });
}

type AuditLogQueryConfig = Omit<ReturnType<typeof getAuditLogQueryOptions>, 'queryKey' | 'queryFn'>;

/**
 * Who changed what, when, before and after: a page of the log. Keeps showing the previous page
 * while the next one, or another filter, loads.
 */
export function useAuditLog(params: AuditLogParams = {}, queryConfig: AuditLogQueryConfig = {}) {
  return useQuery({ placeholderData: keepPreviousData, ...getAuditLogQueryOptions(params), ...queryConfig });
}
