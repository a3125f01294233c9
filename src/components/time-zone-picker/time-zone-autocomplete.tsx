import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { canonicalTimeZone, countryName, isCanonicalTimeZone, listTimeZones } from '@/domain/places';
import { formatLocalTimeWithOffset } from '@/lib/date-time';
import { searchTimeZones } from './search-time-zones';
import { buildTimeZoneCatalogue, describeZone, type TimeZoneEntry } from './time-zone-catalogue';
import { TimeZoneGroup } from './time-zone-group';
import { TimeZoneOption } from './time-zone-option';
import { useNow } from './use-now';
import { countryZonesHint, foreignZoneWarning } from './zone-country-rules';

export interface TimeZoneAutocompleteProps {
  /** An IANA name; old names ("Asia/Calcutta") are shown as their current one. */
  value: string | null;
  onChange: (zone: string | null) => void;
  label: string;
  /** The site's country: its zones come first, and a zone of another country is flagged. */
  countryCode?: string | undefined;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  /** An error message (from validation or the server); replaces the hint. */
  errorMessage?: string | undefined;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** For a filter rather than a site's field: no local-time line, country hint or warning. */
  hideHints?: boolean;
  /** Extra lines under the field, e.g. what the zone means for the upgrade window. */
  children?: ReactNode;
}

/** An MUI Autocomplete over every IANA zone, searchable by name, city, country, abbreviation and offset. */
export function TimeZoneAutocomplete(props: TimeZoneAutocompleteProps) {
  const {
    value,
    onChange,
    label,
    countryCode,
    errorMessage,
    hideHints = false,
    children,
    ...fieldProps
  } = props;
  const now = useNow();
  const groupIdPrefix = useId();
  // Offsets and local times of every zone are worked out once the list is first opened: a page
  // that only shows the chosen zone does not pay for the other ~400.
  const [listWanted, setListWanted] = useState(false);
  const catalogue = useMemo(() => (listWanted ? buildTimeZoneCatalogue(now) : []), [listWanted, now]);
  const entryByZone = useMemo(() => new Map(catalogue.map((entry) => [entry.zone, entry])), [catalogue]);
  const zone = value === null || value === '' ? null : (canonicalTimeZone(value) ?? value);
  const known = zone !== null && isCanonicalTimeZone(zone);
  const options = useMemo(() => {
    const zones = listTimeZones();
    // An unknown stored value stays selectable so it is shown, not silently dropped.
    return zone === null || known ? zones : [zone, ...zones];
  }, [zone, known]);

  const selected = useMemo(
    () => (zone !== null && known ? describeZone(zone, now) : undefined),
    [zone, known, now],
  );
  const selectedNow = selected
    ? `Now ${formatLocalTimeWithOffset(now.setZone(selected.zone), selected.countryCodes[0])}. `
    : '';
  const unknown = zone !== null && !selected ? `${zone} is not a time zone the console knows.` : undefined;
  const hint = hideHints ? '' : `${selectedNow}${countryZonesHint(countryCode) ?? ''}`;
  const helperText = errorMessage ?? unknown ?? hint;
  const warning = hideHints ? undefined : foreignZoneWarning(selected?.zone, countryCode);
  const siteCountry = countryCode ? (countryName(countryCode) ?? countryCode) : undefined;
  // What the field shows, held here so Escape can put back the chosen zone (MUI keeps the typed
  // text until the field loses focus).
  const [inputValue, setInputValue] = useState(zone ?? '');

  return (
    <Box>
      <Autocomplete
        options={options}
        value={zone}
        onChange={(_event, next) => onChange(next)}
        onOpen={() => setListWanted(true)}
        inputValue={inputValue}
        onInputChange={(_event, text) => setInputValue(text)}
        onClose={(_event, reason) => {
          if (reason === 'escape') setInputValue(zone ?? '');
        }}
        filterOptions={(_options, state) =>
          searchTimeZones(catalogue, state.inputValue, { countryCode }).map((entry) => entry.zone)
        }
        groupBy={
          siteCountry
            ? (option) =>
                entryByZone.get(option)?.countryCodes.includes(countryCode?.toUpperCase() ?? '')
                  ? `Time zones of ${siteCountry}`
                  : 'Other time zones'
            : undefined
        }
        renderGroup={({ key, group, children: zonesOfGroup }) => (
          <TimeZoneGroup key={key} headingId={`${groupIdPrefix}-group-${key}`} heading={group}>
            {zonesOfGroup}
          </TimeZoneGroup>
        )}
        renderOption={({ key, ...optionProps }, option) => {
          const entry: TimeZoneEntry | undefined = entryByZone.get(option);
          return entry ? (
            <TimeZoneOption key={key} {...optionProps} entry={entry} now={now} />
          ) : (
            <li key={key} {...optionProps}>
              {option}
            </li>
          );
        }}
        autoHighlight
        disabled={fieldProps.disabled}
        readOnly={fieldProps.readOnly}
        onBlur={fieldProps.onBlur}
        noOptionsText="No time zone matches. Try a city, a country, an abbreviation (JST) or an offset (+05:45)."
        renderInput={(params) => (
          <TextField
            {...params}
            label={label}
            name={fieldProps.name}
            required={fieldProps.required}
            inputRef={fieldProps.inputRef}
            error={Boolean(errorMessage ?? unknown)}
            helperText={helperText || undefined}
          />
        )}
      />
      {warning && !errorMessage && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {warning}
        </Alert>
      )}
      {children}
    </Box>
  );
}
