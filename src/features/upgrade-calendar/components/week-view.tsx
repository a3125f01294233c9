import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { UpgradeFreeze, WeeklySlot } from '@/domain/upgrade-schedule';
import { formatDay, type DateTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import type { LaneGrouping } from '../model/calendar-url-state';
import { weekContaining, type CalendarWeek } from '../model/week';
import { defaultGrouping } from '../model/week-rows';
import { useWeekRows } from './use-week-rows';
import { WeekGrid } from './week-grid';
import { GROUPING_LABELS, WeekGroupBy } from './week-group-by';
import { WeekLegend } from './week-legend';
import { WeekSummary } from './week-summary';
import { weekTitle, WeekToolbar } from './week-toolbar';

interface WeekViewProps {
  groups: readonly ZoneGroup[];
  week: CalendarWeek;
  displayZone: string;
  releasedAt: DateTime;
  cutoff: DateTime;
  now: DateTime;
  maintenanceWindow: WeeklySlot;
  freezes: readonly UpgradeFreeze[];
  /** Undefined: by wave for a big account, by time zone otherwise. */
  grouping: LaneGrouping | undefined;
  onGroupingChange: (grouping: LaneGrouping) => void;
  onWeekChange: (week: CalendarWeek) => void;
}

const GROUPED_BY: Record<LaneGrouping, string> = {
  wave: 'by wave',
  zone: 'by time zone',
  country: 'by country',
};

/** Seven days by 24 hours in the display zone; one lane per wave, zone or country with something that week. */
export function WeekView(props: WeekViewProps) {
  const { groups, week, displayZone, releasedAt, cutoff, now, onWeekChange } = props;
  const grouping = props.grouping ?? defaultGrouping(groups.length);
  const { lanes, rows } = useWeekRows(groups, week, grouping);
  const upgrading = lanes.some((lane) => lane.upgradeInWeek);
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
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
        <WeekGroupBy grouping={grouping} onChange={props.onGroupingChange} />
        <WeekSummary lanes={lanes} rows={rows} grouping={grouping} displayZone={displayZone} />
      </Box>
      {!upgrading && first && last && (
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
      {rows.length > 0 && (
        <WeekGrid
          // A new week or grouping starts at the top, with every row folded.
          key={`${week.start.toMillis()} ${grouping}`}
          rows={rows}
          week={week}
          displayZone={displayZone}
          releasedAt={releasedAt}
          cutoff={cutoff}
          label={`Upgrade windows ${GROUPED_BY[grouping]}, week of ${weekTitle(week)}`}
          labelHeading={`${GROUPING_LABELS[grouping]} and sites`}
          freezes={props.freezes}
        />
      )}
      <WeekLegend />
    </Box>
  );
}
