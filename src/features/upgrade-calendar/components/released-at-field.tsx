import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { AdapterLuxon } from '@mui/x-date-pickers/AdapterLuxon';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import type { SocketRelease } from '@/contract/socket-releases';
import { DateTime, formatDay, formatTime } from '@/lib/date-time';

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

  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      {/* The pickers' provider sits here, inside the feature: no other screen needs it. */}
      <LocalizationProvider dateAdapter={AdapterLuxon} adapterLocale="en-GB">
        <DateTimePicker
          label="Released at"
          value={releasedAt}
          timezone={displayZone}
          ampm={false}
          onAccept={(value) => value?.isValid && onChange(value.toUTC())}
          onChange={(value, context) => {
            // Typed values count once they are complete and valid; partial typing is left alone.
            if (value?.isValid && context.validationError === null) onChange(value.toUTC());
          }}
          slotProps={{ textField: { helperText: `In ${displayZone}`, sx: { minWidth: 260 } } }}
        />
      </LocalizationProvider>
      <TextField
        select
        label="Quick pick"
        value={quickPick}
        sx={{ minWidth: 280 }}
        helperText={releases === undefined ? 'Loading the releases…' : `${releases.length} Socket releases`}
        onChange={(event) => {
          const { value } = event.target;
          if (value === NOW) onChange(undefined);
          else if (value !== CUSTOM) onChange(DateTime.fromISO(value, { zone: 'utc' }));
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
