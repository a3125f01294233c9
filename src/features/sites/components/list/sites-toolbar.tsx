import SearchIcon from '@mui/icons-material/Search';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { TimeZoneAutocomplete } from '@/components/time-zone-picker';
import { listCountries } from '@/domain/places';
import { MAX_SEARCH_LENGTH, type SitesListState } from './sites-list-params';

const SEARCH_DELAY_MS = 300;

interface SitesToolbarProps {
  state: SitesListState;
  onChange: (change: Partial<SitesListState>, options?: { replace?: boolean }) => void;
}

/** Search (name, city, country, time zone) and the country and time-zone filters. */
export function SitesToolbar({ state, onChange }: SitesToolbarProps) {
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

  const countries = listCountries();
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }} role="search" aria-label="Find sites">
      <TextField
        type="search"
        label="Search sites"
        value={search}
        onChange={(event) => type(event.target.value)}
        placeholder="Name, city, country or time zone"
        helperText={
          search.length >= MAX_SEARCH_LENGTH
            ? `A search has at most ${MAX_SEARCH_LENGTH} characters; the rest is left out.`
            : undefined
        }
        sx={{ flex: '2 1 280px' }}
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
      <Autocomplete
        sx={{ flex: '1 1 200px' }}
        options={countries}
        value={countries.find((country) => country.code === state.country) ?? null}
        onChange={(_event, country) => onChange({ country: country?.code ?? null })}
        getOptionLabel={(country) => country.name}
        getOptionKey={(country) => country.code}
        isOptionEqualToValue={(option, chosen) => option.code === chosen.code}
        autoHighlight
        renderInput={(params) => <TextField {...params} label="Country" />}
      />
      <Box sx={{ flex: '1 1 240px' }}>
        <TimeZoneAutocomplete
          label="Time zone"
          value={state.timezone}
          onChange={(timezone) => onChange({ timezone })}
          countryCode={state.country ?? undefined}
          hideHints
        />
      </Box>
    </Box>
  );
}
