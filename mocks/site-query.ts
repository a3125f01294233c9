import type { Site, SiteSort, SiteSummary } from '@/contract/sites';
import { countryName } from '@/domain/places';

/* GET /api/sites: search, sort and one page, as a database query would do them. */

/** Lower case without accents, so "sao paulo" finds "São Paulo". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

// What a search looks in, folded once per stored site (a save stores a new object): a 5,000-site
// account answers a keystroke's search without folding 25,000 strings each time.
const searchTexts = new WeakMap<Site, string>();

function searchText(site: Site): string {
  let text = searchTexts.get(site);
  if (text === undefined) {
    const country = countryName(site.countryCode) ?? '';
    text = fold(
      [site.name, site.cityName, country, site.timezone, site.timezone.replaceAll('_', ' ')].join('\n'),
    );
    searchTexts.set(site, text);
  }
  return text;
}

/** Name, city, country code or name, or time zone ("new york" finds America/New_York). */
export function siteSearch(search: string): (site: Site) => boolean {
  const query = fold(search.trim());
  if (query === '') return () => true;
  return (site) => site.countryCode.toLowerCase() === query || searchText(site).includes(query);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type SortField = Exclude<SiteSort, `-${string}`>;

const sortValue: Record<SortField, (site: Site) => string> = {
  name: (site) => site.name,
  country: (site) => countryName(site.countryCode) ?? site.countryCode,
  timezone: (site) => site.timezone,
  siteType: (site) => site.siteType,
  connectionType: (site) => site.connectionType,
};

function isSortField(field: string): field is SortField {
  return field in sortValue;
}

/** Sorted by the key, ties by name; "-key" reverses the key, not the tie-break. */
export function sortSites(sites: readonly Site[], sort: SiteSort): Site[] {
  const field = sort.replace(/^-/, '');
  const value = isSortField(field) ? sortValue[field] : sortValue.name;
  const direction = sort.startsWith('-') ? -1 : 1;
  return sites
    .map((site) => ({ site, key: value(site) }))
    .sort(
      (a, b) =>
        direction * collator.compare(a.key, b.key) ||
        collator.compare(a.site.name, b.site.name) ||
        a.site.id.localeCompare(b.site.id),
    )
    .map(({ site }) => site);
}

export function toSummary(site: Site): SiteSummary {
  const {
    id,
    name,
    siteType,
    connectionType,
    countryCode,
    stateCode,
    cityName,
    timezone,
    socketVersion,
    haMode,
    upgradeWindow,
  } = site;
  return {
    id,
    name,
    siteType,
    connectionType,
    countryCode,
    stateCode,
    cityName,
    timezone,
    socketVersion,
    haMode,
    upgradeWindow,
  };
}
