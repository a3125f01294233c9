import Typography from '@mui/material/Typography';
import { DateTime, formatDay, formatTime, zoneAbbreviation } from '@/lib/date-time';

/** "09:14 (JST) on Friday 20 November 2026", in the viewer's zone. */
export function formatChangedAt(updatedAt: string, viewerTimeZone: string): string {
  const instant = DateTime.fromISO(updatedAt, { zone: viewerTimeZone });
  return `${formatTime(instant)} (${zoneAbbreviation(instant)}) on ${formatDay(instant, { withYear: true })}`;
}

/** Who saved the window last, and when, so an administrator knows whom to ask. */
export function LastChanged({
  updatedBy,
  updatedAt,
  viewerTimeZone,
}: {
  updatedBy: string;
  updatedAt: string;
  viewerTimeZone: string;
}) {
  return (
    <Typography variant="caption" color="text.secondary" component="p">
      Last changed by {updatedBy} at {formatChangedAt(updatedAt, viewerTimeZone)}
    </Typography>
  );
}
