import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import type { ReactNode } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import type { AccountSchedule } from './site-list-entry';
import type { SiteSummary } from '@/contract/sites';
import type { DateTime } from '@/lib/date-time';
import { SiteCard } from './site-card';
import type { SiteSelection } from './use-site-selection';

interface SitesCardsProps {
  sites: readonly SiteSummary[] | undefined;
  loading: boolean;
  busy: boolean;
  message: ReactNode;
  /** The account's window and freezes; undefined while they load. */
  schedule: AccountSchedule | undefined;
  now: DateTime;
  viewerTimeZone: string;
  /** Ticked sites for the bulk action; undefined for a viewer. */
  selection: SiteSelection | undefined;
}

const listReset = { listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 } as const;

/** The list as cards, one under the other, for a phone: no table wider than the screen. */
export function SitesCards({ sites, loading, busy, message, selection, ...rowProps }: SitesCardsProps) {
  if (loading) {
    return (
      <Box sx={listReset} aria-busy>
        <LoadingStatus>Loading the sites…</LoadingStatus>
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={104} />
        ))}
      </Box>
    );
  }
  if (message) return <Box sx={{ p: 2, textAlign: 'center' }}>{message}</Box>;
  return (
    <Box component="ul" aria-label="Sites" aria-busy={busy} sx={listReset}>
      {sites?.map((site) => (
        <li key={site.id}>
          <SiteCard
            site={site}
            {...rowProps}
            selected={selection?.selected.has(site.id) ?? false}
            onSelect={selection?.toggle}
          />
        </li>
      ))}
    </Box>
  );
}
