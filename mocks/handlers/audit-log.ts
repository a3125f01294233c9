import { http, HttpResponse } from 'msw';
import { auditLogParamsSchema, DEFAULT_AUDIT_LOG_LIMIT, type AuditEntry } from '@/contract/audit-log';
import { apiPath } from '../api-path';
import { db } from '../db';
import { networkDelay } from '../network-delay';
import { queryParams } from '../requests';
import { invalidInput } from '../responses';

export const auditLogHandlers = [
  http.get(apiPath('/api/audit-log'), async ({ request }) => {
    await networkDelay();
    const params = auditLogParamsSchema.safeParse(queryParams(new URL(request.url), ['limit']));
    if (!params.success) return invalidInput(params.error);
    const { limit = DEFAULT_AUDIT_LOG_LIMIT } = params.data;
    return HttpResponse.json<AuditEntry[]>(db().auditLog.slice(0, limit));
  }),
];
