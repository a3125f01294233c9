import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { formatDay, type DateTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import { lanesForWeek, sitesUpgradingIn } from '../model/week-lanes';
import { weekContaining, type CalendarWeek } from '../model/week';
import { WeekGrid } from './week-grid';
import { WeekLegend } from './week-legend';
import { weekTitle, WeekToolbar } from './week-toolbar';

interface WeekViewProps {
  groups: readonly ZoneGroup[];
  week: CalendarWeek;
  displayZone: string;
  cutoff: DateTime;
  now: DateTime;
  onWeekChange: (week: CalendarWeek) => void;
}

/** Seven days by 24 hours in the display zone; one lane per zone with something that week. */
export function WeekView({ groups, week, displayZone, cutoff, now, onWeekChange }: WeekViewProps) {
  const lanes = useMemo(() => lanesForWeek(groups, week), [groups, week]);
  const upgrading = sitesUpgradingIn(lanes);
  const zonesUpgrading = lanes.filter((lane) => lane.upgradeInWeek).length;
  const first = groups[0]?.upgrade;
  const last = groups.reduce<ZoneGroup | undefined>(
    (latest, group) => (!latest || group.upgrade.startMillis > latest.upgrade.startMillis ? group : latest),
    undefined,
  )?.upgrade.start;

  return (
    <Box>
      <WeekToolbar
        week={week}
        onPrevious={() => onWeekChange({ start: week.start.minus({ weeks: 1 }), end: week.start })}
        onCurrent={() => onWeekChange(weekContaining(now, displayZone))}
        onNext={() => onWeekChange({ start: week.end, end: week.end.plus({ weeks: 1 }) })}
      />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {upgrading > 0
          ? `${upgrading.toLocaleString('en-GB')} ${upgrading === 1 ? 'site upgrades' : 'sites upgrade'} this week, in ${zonesUpgrading} time ${zonesUpgrading === 1 ? 'zone' : 'zones'}. Times in ${displayZone}.`
          : `Times in ${displayZone}.`}
      </Typography>
      {upgrading === 0 && first && last && (
        <Alert
          severity="info"
          sx={{ mb: 1 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => onWeekChange(weekContaining(first.start, displayZone))}
            >
              Go to the first upgrade
            </Button>
          }
        >
          No site upgrades in the week of {weekTitle(week)}: after this release, upgrades run from{' '}
          {formatDay(first.start.setZone(displayZone), { withYear: true })} to{' '}
          {formatDay(last.setZone(displayZone), { withYear: true })}
          {lanes.length > 0 ? '. The lanes below show windows skipped this week.' : '.'}
        </Alert>
      )}
      {lanes.length > 0 && (
        <WeekGrid
          key={week.start.toMillis()}
          lanes={lanes}
          week={week}
          displayZone={displayZone}
          cutoff={cutoff}
          label={`Upgrade windows, week of ${weekTitle(week)}`}
        />
      )}
      <WeekLegend />
    </Box>
  );
}
