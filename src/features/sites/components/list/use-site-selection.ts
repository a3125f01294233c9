import { useCallback, useState } from 'react';
import type { SiteSummary } from '@/contract/sites';

/** The sites ticked for a bulk action, with the summary each was ticked from (its version). */
export interface SiteSelection {
  selected: ReadonlyMap<string, SiteSummary>;
  toggle: (site: SiteSummary, checked: boolean) => void;
  /** "Select all" of the page: ticks every site of the page, or unticks them all. */
  togglePage: (sites: readonly SiteSummary[], checked: boolean) => void;
  remove: (siteIds: Iterable<string>) => void;
  clear: () => void;
}

/**
 * The selection keeps each site as it was ticked: a bulk save sends that version, so a site
 * someone changed meanwhile answers "conflict" rather than being overwritten. It lasts across
 * pages, sorts and filters, so a selection can be built from several views.
 */
export function useSiteSelection(): SiteSelection {
  const [selected, setSelected] = useState<ReadonlyMap<string, SiteSummary>>(() => new Map());
  const togglePage = useCallback((sites: readonly SiteSummary[], checked: boolean) => {
    setSelected((previous) => {
      const next = new Map(previous);
      for (const site of sites) {
        if (checked) next.set(site.id, site);
        else next.delete(site.id);
      }
      return next;
    });
  }, []);
  const toggle = useCallback(
    (site: SiteSummary, checked: boolean) => togglePage([site], checked),
    [togglePage],
  );
  const remove = useCallback((siteIds: Iterable<string>) => {
    setSelected((previous) => {
      const next = new Map(previous);
      for (const siteId of siteIds) next.delete(siteId);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Map()), []);
  return { selected, toggle, togglePage, remove, clear };
}
