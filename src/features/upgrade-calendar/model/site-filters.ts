import type { CalendarSite } from './calendar-types';

export interface SiteFilters {
  /** Part of the site name, any case. */
  site: string;
  country: string | undefined;
  timeZone: string | undefined;
}

export function filterSites(sites: readonly CalendarSite[], filters: SiteFilters): readonly CalendarSite[] {
  const text = filters.site.trim().toLocaleLowerCase();
  if (!text && !filters.country && !filters.timeZone) return sites;
  return sites.filter(
    (site) =>
      (!text || site.name.toLocaleLowerCase().includes(text)) &&
      (!filters.country || site.countryCode === filters.country) &&
      (!filters.timeZone || site.timeZone === filters.timeZone),
  );
}

export function isFiltered(filters: SiteFilters): boolean {
  return Boolean(filters.site.trim() || filters.country || filters.timeZone);
}
