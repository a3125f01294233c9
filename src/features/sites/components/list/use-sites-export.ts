import { useCallback, useEffect, useRef, useState } from 'react';
import { loadMatchingSites, type LoadProgress } from '@/api/sites/load-matching-sites';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteListParams } from '@/contract/sites';
import { downloadCsv } from '@/lib/csv';
import { browserTimeZone, DateTime } from '@/lib/date-time';
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
export function useSitesExport(params: SiteListParams, maintenanceWindow: MaintenanceWindow | undefined) {
  const [state, setState] = useState<SitesExportState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  const { search, sort, country, timezone } = params;
  const start = useCallback(async () => {
    if (!maintenanceWindow || running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'loading', progress: undefined });
    try {
      const sites = await loadMatchingSites(
        { search, sort, country, timezone },
        {
          signal: controller.signal,
          onProgress: (progress) => setState({ status: 'loading', progress }),
        },
      );
      const releasedAt = DateTime.utc();
      const fileName = sitesCsvFileName(releasedAt);
      downloadCsv(
        fileName,
        sitesCsv({ sites, maintenanceWindow, releasedAt, viewerTimeZone: browserTimeZone() }),
      );
      setState({ status: 'done', siteCount: sites.length, fileName });
    } catch (error) {
      if (!controller.signal.aborted) setState({ status: 'failed', error });
    } finally {
      running.current = undefined;
    }
  }, [search, sort, country, timezone, maintenanceWindow]);

  return { state, start };
}
