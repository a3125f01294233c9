import { useCallback, useEffect, useRef, useState } from 'react';
import { loadMatchingSites, type LoadProgress } from '@/api/sites/load-matching-sites';
import type { SiteListParams } from '@/contract/sites';
import { downloadCsv } from '@/lib/csv';
import { browserTimeZone, DateTime } from '@/lib/date-time';
import type { AccountSchedule } from './site-list-entry';
import { sitesCsv, sitesCsvFileName } from './sites-csv';

export type SitesExportState =
  | { status: 'idle' }
  | { status: 'loading'; progress: LoadProgress | undefined }
  | { status: 'done'; siteCount: number; fileName: string }
  | { status: 'failed'; error: unknown };

/**
 * Exports the list as it is filtered, searched and sorted: every page of it, loaded through the
 * API (the screen holds one page), then handed to the downloads as a CSV. Leaving the page stops
 * the loading.
 */
export function useSitesExport(schedule: AccountSchedule | undefined) {
  const [state, setState] = useState<SitesExportState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  /** Exports the view `params` describes: its filters, search and order, every page of it. */
  const start = useCallback(
    async (params: SiteListParams) => {
      if (!schedule || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'loading', progress: undefined });
      try {
        const { page: _page, pageSize: _pageSize, ...view } = params;
        const sites = await loadMatchingSites(view, {
          signal: controller.signal,
          onProgress: (progress) => setState({ status: 'loading', progress }),
        });
        const releasedAt = DateTime.utc();
        const fileName = sitesCsvFileName(releasedAt);
        downloadCsv(fileName, sitesCsv({ sites, schedule, releasedAt, viewerTimeZone: browserTimeZone() }));
        setState({ status: 'done', siteCount: sites.length, fileName });
      } catch (error) {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      } finally {
        running.current = undefined;
      }
    },
    [schedule],
  );

  return { state, start };
}
