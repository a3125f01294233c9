import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import { DateTime, formatShortDate, formatTime, zoneAbbreviation } from '@/lib/date-time';

/**
 * When a change happened, on the viewer's clock ("18 Nov 2026, 18:00 JST", the date in the browser's
 * locale); the same instant in UTC shows on hover and on keyboard focus, for comparing with server
 * logs and other people.
 */
export function OccurredAt({ occurredAt, viewerTimeZone }: { occurredAt: string; viewerTimeZone: string }) {
  const instant = DateTime.fromISO(occurredAt, { zone: viewerTimeZone });
  const utc = instant.toUTC();
  const utcText = `${formatShortDate(utc, { withYear: true })}, ${formatTime(utc)} UTC`;
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
        {formatShortDate(instant, { withYear: true })}, {formatTime(instant)} {zoneAbbreviation(instant)}
      </Box>
    </Tooltip>
  );
}
