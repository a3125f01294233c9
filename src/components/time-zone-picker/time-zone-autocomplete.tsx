import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useId, useMemo, useState, type ReactNode, type Ref } from 'react';
import { canonicalTimeZone, countryName, isCanonicalTimeZone, listTimeZones } from '@/domain/places';
import { DateTime, formatLocalTimeWithOffset } from '@/lib/date-time';
import { matchGroupHeading } from './match-group-heading';
import { mayBeAbbreviation, searchTimeZones } from './search-time-zones';
import { buildTimeZoneCatalogue, describeZone } from './time-zone-catalogue';
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
  /**
   * False while the form already offers the country's zone: the warning that the zone is not of
   * the site's country would then only repeat it.
   */
  warnForeignZone?: boolean;
  /** Extra lines under the field, e.g. what the zone means for the upgrade window. */
  children?: ReactNode;
}

const QUARTER_HOUR_MS = 15 * 60_000;

/** An MUI Autocomplete over every IANA zone, searchable by name, city, country, abbreviation and offset. */
export function TimeZoneAutocomplete(props: TimeZoneAutocompleteProps) {
  const {
    value,
    onChange,
    label,
    countryCode,
    errorMessage,
    hideHints = false,
    warnForeignZone = true,
    children,
    ...fieldProps
  } = props;
  const now = useNow();
  const groupIdPrefix = useId();
  // Offsets and local times of every zone are worked out once the list is first opened: a page
  // that only shows the chosen zone does not pay for the other ~400.
  const [listWanted, setListWanted] = useState(false);
  // Offsets and abbreviations change only at a clock change, and clocks change on a quarter hour
  // of UTC (every offset is a whole number of quarter hours): the catalogue is rebuilt each
  // quarter hour, not each minute the shown local times move on.
  const quarterHour = Math.floor(now.toMillis() / QUARTER_HOUR_MS);
  // Abbreviations cost several Intl calls a zone: worked out once a query could be one, so that
  // opening the list, or a search by name or offset, does not wait for them.
  const [abbreviationsWanted, setAbbreviationsWanted] = useState(false);
  const catalogue = useMemo(
    () =>
      listWanted
        ? buildTimeZoneCatalogue(DateTime.fromMillis(quarterHour * QUARTER_HOUR_MS), {
            abbreviations: abbreviationsWanted,
          })
        : [],
    [listWanted, quarterHour, abbreviationsWanted],
  );
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
    ? `Now ${formatLocalTimeWithOffset(now.setZone(selected.zone), selected.countryCode)}. `
    : '';
  const unknown = zone !== null && !selected ? `${zone} is not a time zone the console knows.` : undefined;
  const hint = hideHints ? '' : `${selectedNow}${countryZonesHint(countryCode) ?? ''}`;
  // Text typed and then left without choosing a zone: MUI puts the chosen zone back, and the field
  // says so rather than drop what was typed without a word.
  const [discarded, setDiscarded] = useState<string | null>(null);
  const discardedText =
    discarded === null
      ? undefined
      : `“${discarded}” is not a time zone in the list: ${zone === null ? 'none is chosen' : `${zone} is kept`}.`;
  const helperText = errorMessage ?? unknown ?? discardedText ?? hint;
  const warning = hideHints || !warnForeignZone ? undefined : foreignZoneWarning(selected?.zone, countryCode);
  const siteCountry = countryCode ? (countryName(countryCode) ?? countryCode) : undefined;
  // What the field shows, held here so Escape can put back the chosen zone (MUI keeps the typed
  // text until the field loses focus).
  const [inputValue, setInputValue] = useState(zone ?? '');
  // What the list is searched for: only what the user typed. The chosen zone's name, shown in the
  // field when the list opens, lists every zone (as MUI does), and so does a selection or Escape.
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => searchTimeZones(catalogue, query, { countryCode }),
    [catalogue, query, countryCode],
  );
  const matchByZone = useMemo(() => new Map(matches.map((match) => [match.entry.zone, match])), [matches]);
  // Each zone's local time, worded once a minute while the list is open rather than again at
  // every keystroke (a short query lists hundreds of zones; wording one takes several Intl calls).
  const [listOpen, setListOpen] = useState(false);
  const localTimes = useMemo(
    () =>
      new Map(
        listOpen
          ? catalogue.map((entry) => [
              entry.zone,
              formatLocalTimeWithOffset(now.setZone(entry.zone), entry.countryCode),
            ])
          : [],
      ),
    [catalogue, now, listOpen],
  );
  // Headings only where they say something: the site's country, or zones the query names exactly.
  const grouped = siteCountry !== undefined || matches[0]?.tier === 'called';

  return (
    <Box>
      <Autocomplete
        options={options}
        value={zone}
        onChange={(_event, next) => onChange(next)}
        onOpen={() => {
          setListWanted(true);
          setListOpen(true);
        }}
        inputValue={inputValue}
        onInputChange={(_event, text, reason) => {
          if (reason === 'blur' && inputValue.trim() !== '' && inputValue !== text) setDiscarded(inputValue);
          else if (reason !== 'reset') setDiscarded(null);
          setInputValue(text);
          setQuery(reason === 'input' ? text : '');
          if (reason === 'input' && mayBeAbbreviation(text)) setAbbreviationsWanted(true);
        }}
        onClose={(_event, reason) => {
          setListOpen(false);
          if (reason !== 'escape') return;
          setInputValue(zone ?? '');
          setQuery('');
        }}
        // Searched and ranked once per keystroke (above); MUI only shows the result.
        filterOptions={() => matches.map((match) => match.entry.zone)}
        groupBy={
          grouped
            ? (option) => matchGroupHeading(matchByZone.get(option)?.tier ?? 'other', query, siteCountry)
            : undefined
        }
        renderGroup={({ key, group, children: zonesOfGroup }) => (
          <TimeZoneGroup key={key} headingId={`${groupIdPrefix}-group-${key}`} heading={group}>
            {zonesOfGroup}
          </TimeZoneGroup>
        )}
        renderOption={({ key, ...optionProps }, option) => {
          const match = matchByZone.get(option);
          return match ? (
            <TimeZoneOption
              key={key}
              {...optionProps}
              entry={match.entry}
              localTime={localTimes.get(option) ?? ''}
              formerName={match.formerName}
            />
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
