import Typography from '@mui/material/Typography';
import { formatDay, formatTime, zoneAbbreviation, type DateTime } from '@/lib/date-time';
import { countOf, HAS, ITS, pluralForm, SITE, UPGRADES, WAITS, ZONE } from '@/lib/plural';
import { UPGRADE_NOTICE_HOURS, type WeeklySlot } from '@/domain/upgrade-schedule';
import { weekdayName } from '@/domain/weekdays';
import type { ZoneGroup } from '../model/calendar-types';

interface CalendarSummaryProps {
  maintenanceWindow: WeeklySlot;
  groups: readonly ZoneGroup[];
  releasedAt: DateTime;
  cutoff: DateTime;
  displayZone: string;
}

const when = (instant: DateTime, zone: string) => {
  const shown = instant.setZone(zone);
  return `${formatDay(shown, { withYear: true })}, ${formatTime(shown)} (${zoneAbbreviation(shown)})`;
};

/** The release, its notice cut-off and the span of the upgrades, in one paragraph. */
export function CalendarSummary({
  maintenanceWindow,
  groups,
  releasedAt,
  cutoff,
  displayZone,
}: CalendarSummaryProps) {
  const day = weekdayName(maintenanceWindow.day);
  const sites = groups.reduce((sum, group) => sum + group.sites.length, 0);
  // A zone whose sites have different windows is several groups, still one zone.
  const zones = new Set(groups.map((group) => group.timeZone)).size;
  const first = groups[0]?.upgrade.start;
  const last = groups.reduce<ZoneGroup | undefined>(
    (latest, group) => (!latest || group.upgrade.startMillis > latest.upgrade.startMillis ? group : latest),
    undefined,
  )?.upgrade.start;
  const deferred = groups.filter((group) => group.upgrade.deferredWindow !== null);
  const deferredSites = deferred.reduce((sum, group) => sum + group.sites.length, 0);
  const ownWindowSites = groups.reduce((sum, group) => sum + (group.ownWindow ? group.sites.length : 0), 0);
  return (
    <Typography variant="body2" sx={{ mb: 2 }}>
      Maintenance window: {day} {maintenanceWindow.start} – {maintenanceWindow.end}, in each site&apos;s own
      time
      {ownWindowSites > 0 &&
        `; ${countOf(ownWindowSites, SITE)} ${pluralForm(ownWindowSites, HAS)} ${pluralForm(ownWindowSites, ITS)} own window`}
      . Released {when(releasedAt, displayZone)}. No site upgrades before the {UPGRADE_NOTICE_HOURS}-hour
      notice cut-off, <strong>{when(cutoff, displayZone)}</strong>.{' '}
      {first && last
        ? `${countOf(sites, SITE)} in ${countOf(zones, ZONE)} ${pluralForm(sites, UPGRADES)} ${
            first.toMillis() === last.toMillis()
              ? `at ${when(first, displayZone)}`
              : `from ${when(first, displayZone)} to ${when(last, displayZone)}`
          }.`
        : 'No site to show.'}{' '}
      {deferredSites > 0 &&
        `${countOf(deferredSites, SITE)} ${pluralForm(deferredSites, WAITS)} a week because of the notice.`}
    </Typography>
  );
}
