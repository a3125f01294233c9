import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { browserTimeZone } from '@/lib/date-time';
import { useAuditLog } from '@/api/audit-log/get-audit-log';
import {
  hasFilters,
  isRangeBackwards,
  NO_FILTERS,
  readAuditTrailState,
  toAuditLogParams,
  writeAuditTrailState,
  type AuditTrailState,
} from '../model/audit-trail-params';
import { AuditTrailFilters } from './audit-trail-filters';
import { AuditTrailTable } from './audit-trail-table';

/**
 * The state from the URL, and a way to change it: a change of filter goes back to page 1 and
 * pushes a history entry, so Back undoes it.
 */
function useAuditTrailState() {
  const [query, setQuery] = useSearchParams();
  const state = useMemo(() => readAuditTrailState(query), [query]);
  const update = useCallback(
    (change: Partial<AuditTrailState>) => {
      setQuery((current) => {
        const previous = readAuditTrailState(current);
        const resetsPage = Object.keys(change).some((key) => key !== 'page');
        return writeAuditTrailState({ ...previous, ...(resetsPage ? { page: 1 } : {}), ...change });
      });
    },
    [setQuery],
  );
  return { state, update };
}

/** Administration > Audit Trail: who changed what and when, with before and after, newest first. */
export function AuditTrailPage() {
  const { state, update } = useAuditTrailState();
  const viewerTimeZone = browserTimeZone();
  const backwards = isRangeBackwards(state);
  const log = useAuditLog(toAuditLogParams(state, viewerTimeZone), { enabled: !backwards });
  const filtered = hasFilters(state);

  return (
    <>
      <PageHeader trail={['Administration']} title="Audit Trail" />
      <AuditTrailFilters
        state={state}
        onChange={update}
        actors={log.data?.actors ?? []}
        filtered={filtered}
      />
      <AuditTrailTable
        state={state}
        onChange={update}
        entries={log.data?.items}
        total={log.data?.total ?? 0}
        loading={log.isPending && !backwards}
        refreshing={log.isFetching && !log.isPending}
        error={log.error}
        onRetry={() => void log.refetch()}
        blockedBy={backwards ? 'The To day comes before the From day: choose another range.' : undefined}
        filtered={filtered}
        onClearFilters={() => update(NO_FILTERS)}
        viewerTimeZone={viewerTimeZone}
      />
    </>
  );
}
