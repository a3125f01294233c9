import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { countryName } from '@/domain/places';
import type { CalendarSite } from '../model/calendar-types';
import type { SiteFilters } from '../model/site-filters';
import { fieldRowSx } from './field-row-sx';

interface SiteFilterFieldsProps {
  sites: readonly CalendarSite[];
  filters: SiteFilters;
  onChange: (change: Partial<SiteFilters>) => void;
}

/** Narrow every view and export to some sites: by name, country or zone. */
export function SiteFilterFields({ sites, filters, onChange }: SiteFilterFieldsProps) {
  const countries = useMemo(
    () =>
      [...new Set(sites.map((site) => site.countryCode))].sort((a, b) =>
        (countryName(a) ?? a).localeCompare(countryName(b) ?? b),
      ),
    [sites],
  );
  const zones = useMemo(() => [...new Set(sites.map((site) => site.timeZone))].sort(), [sites]);
  return (
    <Box sx={fieldRowSx}>
      <TextField
        label="Site"
        placeholder="Part of a site name"
        value={filters.site}
        onChange={(event) => onChange({ site: event.target.value })}
        sx={{ minWidth: { xs: 0, sm: 220 } }}
      />
      <Autocomplete
        options={countries}
        value={filters.country ?? null}
        getOptionLabel={(code) => countryName(code) ?? code}
        onChange={(_event, country) => onChange({ country: country ?? undefined })}
        sx={{ minWidth: { xs: 0, sm: 220 } }}
        renderInput={(params) => <TextField {...params} label="Country" />}
      />
      <Autocomplete
        options={zones}
        value={filters.timeZone ?? null}
        onChange={(_event, timeZone) => onChange({ timeZone: timeZone ?? undefined })}
        sx={{ minWidth: { xs: 0, sm: 260 } }}
        renderInput={(params) => <TextField {...params} label="Time Zone" />}
      />
    </Box>
  );
}
