import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { SiteSummary } from '@/contract/sites';
import { isPastTheEnd, PagePastTheEnd } from './page-past-the-end';
import type { SitesListState } from './sites-list-params';
import { LoadErrorAlert } from '@/components/load-error-alert';

export interface SitesListMessageProps {
  state: SitesListState;
  onChange: (change: Partial<SitesListState>) => void;
  sites: readonly SiteSummary[] | undefined;
  total: number;
  error: unknown;
  onRetry: () => void;
  filtered: boolean;
  onClearFilters: () => void;
}

/** What the list says instead of sites: failed, past the end, or none. */
export function SitesListMessage(props: SitesListMessageProps) {
  const { state, sites, total, error } = props;
  if (error && !sites) {
    return <LoadErrorAlert what="The sites" error={error} onRetry={props.onRetry} />;
  }
  if (sites?.length === 0 && isPastTheEnd(state.page, total, state.pageSize)) {
    return (
      <PagePastTheEnd
        page={state.page}
        total={total}
        pageSize={state.pageSize}
        onGoToPage={(page) => props.onChange({ page })}
      />
    );
  }
  if (!sites || sites.length === 0) {
    return (
      <>
        <Typography sx={{ mb: props.filtered ? 1 : 0 }}>
          {props.filtered ? 'No site matches this search or filter.' : 'This account has no sites yet.'}
        </Typography>
        {props.filtered && <Button onClick={props.onClearFilters}>Clear search and filters</Button>}
      </>
    );
  }
  return null;
}
