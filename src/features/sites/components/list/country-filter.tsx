import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import type { SiteCountry } from '@/contract/sites';
import { countryName } from '@/domain/places';

interface CountryOption {
  code: string;
  name: string;
  siteCount: number;
}

interface CountryFilterProps {
  value: string | null;
  onChange: (countryCode: string | null) => void;
  /** The countries that have sites, from the server; undefined while they load. */
  countries: readonly SiteCountry[] | undefined;
}

const number = new Intl.NumberFormat('en-GB');

/** The country filter: only countries that have sites, each with its count ("Japan (12)"). */
export function CountryFilter({ value, onChange, countries }: CountryFilterProps) {
  const options = useMemo(() => {
    const listed: CountryOption[] = (countries ?? []).map(({ countryCode, siteCount }) => ({
      code: countryCode,
      name: countryName(countryCode) ?? countryCode,
      siteCount,
    }));
    // A country chosen by a link stays shown even when it has no site (any more).
    if (value && !listed.some((option) => option.code === value)) {
      listed.unshift({ code: value, name: countryName(value) ?? value, siteCount: 0 });
    }
    return listed;
  }, [countries, value]);

  return (
    <Autocomplete
      options={options}
      value={options.find((option) => option.code === value) ?? null}
      onChange={(_event, country) => onChange(country?.code ?? null)}
      getOptionLabel={(country) => country.name}
      getOptionKey={(country) => country.code}
      isOptionEqualToValue={(option, chosen) => option.code === chosen.code}
      renderOption={({ key, ...optionProps }, country) => (
        // The option is a flex box, which drops a plain space between children: the margin shows the
        // gap, the space keeps the option's name "Japan (12)" for assistive technology.
        <li key={key} {...optionProps}>
          {country.name}{' '}
          <Box component="span" sx={{ color: 'text.secondary', ml: 0.5 }}>
            ({number.format(country.siteCount)})
          </Box>
        </li>
      )}
      loading={countries === undefined}
      loadingText="Loading the countries…"
      noOptionsText="No country with sites matches."
      autoHighlight
      renderInput={(params) => <TextField {...params} label="Country" />}
    />
  );
}
