import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { DateTime, formatTime, zoneAbbreviation } from '@/lib/date-time';

const viewerDay = (instant: DateTime) => instant.setLocale('en-GB').toFormat('d LLL yyyy');

/**
 * When a change happened, on the viewer's clock ("18 Nov 2026, 18:00 JST"); the same instant in
 * UTC shows on hover and on keyboard focus, for comparing with server logs and other people.
 */
export function OccurredAt({ occurredAt, viewerTimeZone }: { occurredAt: string; viewerTimeZone: string }) {
  const instant = DateTime.fromISO(occurredAt, { zone: viewerTimeZone });
  const utc = instant.toUTC();
  const utcText = `${utc.setLocale('en-GB').toFormat('d LLL yyyy')}, ${formatTime(utc)} UTC`;
  return (
    <Tooltip title={utcText} describeChild placement="bottom-start">
      <Box
        component="time"
        dateTime={occurredAt}
        tabIndex={0}
        sx={{
          whiteSpace: 'nowrap',
          borderBottom: '1px dotted',
          borderColor: 'text.secondary',
          '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        {viewerDay(instant)}, {formatTime(instant)} {zoneAbbreviation(instant)}
      </Box>
    </Tooltip>
  );
}
