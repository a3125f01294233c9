import Typography from '@mui/material/Typography';
import { formatDay, formatTime, zoneAbbreviation, type DateTime } from '@/lib/date-time';
import type { MaintenanceWindow } from '@/domain/upgrade-schedule';
import { WEEKDAYS } from '@/domain/weekdays';
import type { ZoneGroup } from '../model/calendar-types';
import { zoneCountry } from '../model/upgrade-wording';

interface CalendarSummaryProps {
  maintenanceWindow: MaintenanceWindow;
  groups: readonly ZoneGroup[];
  releasedAt: DateTime;
  cutoff: DateTime;
  displayZone: string;
}

const when = (instant: DateTime, zone: string) => {
  const shown = instant.setZone(zone);
  return `${formatDay(shown, { withYear: true })}, ${formatTime(shown)} (${zoneAbbreviation(shown, zoneCountry(zone))})`;
};

/** The release, its notice cut-off and the span of the upgrades, in one paragraph. */
export function CalendarSummary({
  maintenanceWindow,
  groups,
  releasedAt,
  cutoff,
  displayZone,
}: CalendarSummaryProps) {
  const day = WEEKDAYS.find((weekday) => weekday.number === maintenanceWindow.day)?.name ?? '';
  const sites = groups.reduce((sum, group) => sum + group.sites.length, 0);
  const first = groups[0]?.upgrade.start;
  const last = groups.reduce<ZoneGroup | undefined>(
    (latest, group) => (!latest || group.upgrade.startMillis > latest.upgrade.startMillis ? group : latest),
    undefined,
  )?.upgrade.start;
  const deferred = groups.filter((group) =>
    group.upgrade.notes.some((note) => note.kind === 'deferred-by-notice'),
  );
  const deferredSites = deferred.reduce((sum, group) => sum + group.sites.length, 0);
  return (
    <Typography variant="body2" sx={{ mb: 2 }}>
      Maintenance window: {day} {maintenanceWindow.start} – {maintenanceWindow.end}, in each site&apos;s own
      time. Released {when(releasedAt, displayZone)}. No site upgrades before the 48-hour notice cut-off,{' '}
      <strong>{when(cutoff, displayZone)}</strong>.{' '}
      {first && last
        ? `${sites.toLocaleString('en-GB')} ${sites === 1 ? 'site' : 'sites'} in ${groups.length} time ${groups.length === 1 ? 'zone' : 'zones'} upgrade from ${when(first, displayZone)} to ${when(last, displayZone)}.`
        : 'No site to show.'}{' '}
      {deferredSites > 0 &&
        `${deferredSites.toLocaleString('en-GB')} ${deferredSites === 1 ? 'site waits' : 'sites wait'} a week because of the notice.`}
    </Typography>
  );
}
