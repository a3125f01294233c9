import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { TimeZoneAutocomplete } from '@/components/time-zone-picker';
import type { SiteCountry } from '@/contract/sites';
import { CountryFilter } from './country-filter';
import { FiltersSheet } from './filters-sheet';
import { MAX_SEARCH_LENGTH, type SitesListState } from './sites-list-params';
import { SortMenu } from './sort-menu';
import { WindowFilter } from './window-filter';

const SEARCH_DELAY_MS = 300;

interface SitesToolbarProps {
  state: SitesListState;
  onChange: (change: Partial<SitesListState>, options?: { replace?: boolean }) => void;
  /** The countries that have sites, with their counts; undefined while they load. */
  countries: readonly SiteCountry[] | undefined;
  /** A phone: the filters and the order move into a sheet opened from a button. */
  compact: boolean;
}

/** Search (name, city, country, time zone, UTC offset), the country, time-zone and window filters, the order. */
export function SitesToolbar({ state, onChange, countries, compact }: SitesToolbarProps) {
  const [search, setSearch] = useState(state.search);
  // The search last sent to the URL: when the URL then changes to it, the box is already right
  // (and may hold newer typing); any other change (Back, a shared link) is copied into the box.
  const [sentSearch, setSentSearch] = useState(state.search);
  const [urlSearch, setUrlSearch] = useState(state.search);
  if (urlSearch !== state.search) {
    setUrlSearch(state.search);
    if (state.search !== sentSearch) {
      setSearch(state.search);
      setSentSearch(state.search);
    }
  }

  // One request per pause in typing, not one per key.
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const type = (typed: string) => {
    // maxLength stops typing at the limit; this also cuts what is pasted or filled in at once.
    const value = typed.slice(0, MAX_SEARCH_LENGTH);
    setSearch(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setSentSearch(value);
      onChange({ search: value }, { replace: true });
    }, SEARCH_DELAY_MS);
  };

  const country = (
    <CountryFilter
      value={state.country}
      onChange={(code) => onChange({ country: code })}
      countries={countries}
    />
  );
  const timeZone = (
    <TimeZoneAutocomplete
      label="Time Zone"
      value={state.timezone}
      onChange={(timezone) => onChange({ timezone })}
      countryCode={state.country ?? undefined}
      hideHints
    />
  );
  const upgradeWindow = (
    <WindowFilter value={state.upgradeWindow} onChange={(chosen) => onChange({ upgradeWindow: chosen })} />
  );
  const sort = <SortMenu value={state.sort} onChange={(chosen) => onChange({ sort: chosen })} />;

  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }} role="search" aria-label="Find sites">
      <TextField
        type="search"
        label="Search sites"
        value={search}
        onChange={(event) => type(event.target.value)}
        placeholder="Name, city, country, zone or offset"
        helperText={
          search.length >= MAX_SEARCH_LENGTH
            ? `A search has at most ${MAX_SEARCH_LENGTH} characters; the rest is left out.`
            : undefined
        }
        sx={{ flex: '3 1 250px', minWidth: 0 }}
        slotProps={{
          htmlInput: { maxLength: MAX_SEARCH_LENGTH },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
        }}
      />
      {compact ? (
        <FiltersSheet
          activeFilters={[state.country, state.timezone, state.upgradeWindow].filter(Boolean).length}
          onClear={() => onChange({ country: null, timezone: null, upgradeWindow: null })}
        >
          {country}
          {timeZone}
          {upgradeWindow}
          {sort}
        </FiltersSheet>
      ) : (
        <>
          <Box sx={{ flex: '1 1 170px' }}>{country}</Box>
          <Box sx={{ flex: '1 1 200px' }}>{timeZone}</Box>
          <Box sx={{ flex: '1 1 130px' }}>{upgradeWindow}</Box>
          <Box sx={{ flex: '1 1 190px' }}>{sort}</Box>
        </>
      )}
    </Box>
  );
}
