import { http, HttpResponse } from 'msw';
import { auditLogParamsSchema, DEFAULT_AUDIT_LOG_PAGE_SIZE, type AuditLogPage } from '@/contract/audit-log';
import { actorsOf, auditFilter, newestFirst } from '../audit-query';
import { apiPath } from '../api-path';
import { db } from '../db';
import { networkDelay } from '../network-delay';
import { queryParams } from '../requests';
import { invalidInput } from '../responses';

export const auditLogHandlers = [
  http.get(apiPath('/api/audit-log'), async ({ request }) => {
    await networkDelay();
    const params = auditLogParamsSchema.safeParse(queryParams(new URL(request.url), ['page', 'pageSize']));
    if (!params.success) return invalidInput(params.error);
    const { page = 1, pageSize = DEFAULT_AUDIT_LOG_PAGE_SIZE } = params.data;
    const { auditLog } = db();
    const matching = newestFirst(auditLog.filter(auditFilter(params.data)));
    return HttpResponse.json<AuditLogPage>({
      items: matching.slice((page - 1) * pageSize, page * pageSize),
      total: matching.length,
      actors: actorsOf(auditLog),
    });
  }),
];
