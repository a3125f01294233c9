import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { SocketRelease } from '@/contract/socket-releases';
import { browserLocale, dateTimeFieldFormat, DateTime, formatDay, formatTime } from '@/lib/date-time';
import { fieldRowSx } from './field-row-sx';

interface ReleasedAtFieldProps {
  releasedAt: DateTime;
  /** True when no release time was chosen: the calendar follows "now". */
  isNow: boolean;
  displayZone: string;
  releases: readonly SocketRelease[] | undefined;
  onChange: (releasedAt: DateTime | undefined) => void;
}

const NOW = 'now';
const CUSTOM = 'custom';

/** A release is an instant to the minute: the seconds a picker keeps from "now" mean nothing. */
function toReleaseInstant(value: DateTime): DateTime {
  return value.startOf('minute').toUTC();
}

/** The release instant, picked in the display zone, with quick picks for the known releases. */
export function ReleasedAtField({
  releasedAt,
  isNow,
  displayZone,
  releases,
  onChange,
}: ReleasedAtFieldProps) {
  const matching = releases?.find(
    (release) => DateTime.fromISO(release.releasedAt).toMillis() === releasedAt.toMillis(),
  );
  const quickPick = isNow ? NOW : (matching?.releasedAt ?? CUSTOM);
  const locale = browserLocale();
  const format = dateTimeFieldFormat(locale);
  // What the field holds while someone types: applied only once it is complete and committed
  // (Enter, leaving the field, or the pop-up's OK), so a half-typed year never reaches the calendar.
  const [draft, setDraft] = useState<{ value: DateTime | null; complete: boolean; for: number } | null>(null);
  const [popupOpen, setPopupOpen] = useState(false);
  const shown = draft !== null && draft.for === releasedAt.toMillis() ? draft.value : releasedAt;
  // A complete time typed but not yet committed: the field says so, or it would look applied.
  const pending =
    shown !== releasedAt &&
    draft?.complete === true &&
    shown?.isValid === true &&
    shown.toMillis() !== releasedAt.toMillis();
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.complete && draft.value?.isValid && draft.value.toMillis() !== releasedAt.toMillis()) {
      onChange(toReleaseInstant(draft.value));
    }
  };

  return (
    <Box sx={fieldRowSx}>
      {/* Enter or leaving the field (its day, month... parts are one field) commits what was typed. */}
      <Box
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter') commit();
        }}
        onBlur={(event: FocusEvent<HTMLElement>) => {
          if (!event.currentTarget.contains(event.relatedTarget)) commit();
        }}
      >
        {/* The pickers' provider sits here, inside the feature: no other screen needs it. */}
        <LocalizationProvider dateAdapter={AdapterLuxon} adapterLocale={locale}>
          <DateTimePicker
            label="Released at"
            value={shown}
            timezone={displayZone}
            format={format.luxon}
            ampm={false}
            onOpen={() => setPopupOpen(true)}
            onClose={() => setPopupOpen(false)}
            onAccept={(value) => {
              // The pickers also "accept" every keystroke in the field: only the pop-up's choice
              // is final here; typing waits for Enter or leaving the field.
              if (!popupOpen || !value?.isValid) return;
              setDraft(null);
              onChange(toReleaseInstant(value));
            }}
            onChange={(value, context) =>
              // Kept as typed, even half-typed, so the field's parts stay as the person left them.
              setDraft({ value, complete: context.validationError === null, for: releasedAt.toMillis() })
            }
            slotProps={{
              textField: {
                helperText: `${format.shown}, in ${displayZone}${pending ? '. Press Enter to apply.' : ''}`,
                sx: { minWidth: { xs: 0, sm: 260 }, width: { xs: '100%', sm: 'auto' } },
              },
            }}
          />
        </LocalizationProvider>
      </Box>
      <TextField
        select
        label="Quick pick"
        value={quickPick}
        // On a phone as wide as the sheet: a release's long name is cut short, not the sheet widened.
        sx={{ minWidth: { xs: 0, sm: 280 } }}
        helperText={releases === undefined ? 'Loading the releases…' : `${releases.length} Socket releases`}
        onChange={(event) => {
          const { value } = event.target;
          if (value === NOW) onChange(undefined);
          else if (value !== CUSTOM) onChange(toReleaseInstant(DateTime.fromISO(value, { zone: 'utc' })));
        }}
      >
        <MenuItem value={NOW}>Now</MenuItem>
        {releases?.map((release) => {
          const shown = DateTime.fromISO(release.releasedAt, { zone: displayZone });
          return (
            <MenuItem key={release.releasedAt + release.version} value={release.releasedAt}>
              Version {release.version}, {formatDay(shown, { withYear: true })} {formatTime(shown)}
            </MenuItem>
          );
        })}
        {quickPick === CUSTOM && <MenuItem value={CUSTOM}>Another time</MenuItem>}
      </TextField>
    </Box>
  );
}
