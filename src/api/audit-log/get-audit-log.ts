import { queryOptions, useQuery } from '@tanstack/react-query';
import { auditLogSchema, type AuditEntry, type AuditLogParams } from '@/contract/audit-log';
import { queryKeys } from '@/contract/query-keys';
import { apiRequest } from '@/lib/api-client';

export function getAuditLog(
  params: AuditLogParams = {},
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditEntry[]> {
  return apiRequest('/api/audit-log', { schema: auditLogSchema, query: params, signal });
}

export function getAuditLogQueryOptions(params: AuditLogParams = {}) {
  return queryOptions({
    queryKey: queryKeys.auditLog.list(params),
    queryFn: ({ signal }) => getAuditLog(params, { signal }),
  });
}

type AuditLogQueryConfig = Omit<ReturnType<typeof getAuditLogQueryOptions>, 'queryKey' | 'queryFn'>;

/** The latest changes, newest first: who, when, what, before and after. */
export function useAuditLog(params: AuditLogParams = {}, queryConfig: AuditLogQueryConfig = {}) {
  return useQuery({ ...getAuditLogQueryOptions(params), ...queryConfig });
}
