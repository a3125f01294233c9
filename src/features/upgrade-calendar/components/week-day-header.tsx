import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { formatDay } from '@/lib/date-time';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { daysOf, weekFraction, type CalendarWeek } from '../model/week';
import { FREEZE_LABEL_HEIGHT, HeaderFreezeBands, hasFreezeInWeek } from './freeze-bands';
import { INSTANT_LABEL_HEIGHT, WeekInstantLabels, type WeekInstant } from './week-instant-lines';
import { LANE_LABEL_WIDTH } from './week-row';

/** The day names and the hour labels under them. */
const DAYS_HEIGHT = 40;

/** The header's height: the list below starts there, and scrolls rows to just under it. */
export function weekHeaderHeight(instants: readonly WeekInstant[], freezeLine = false): number {
  return DAYS_HEIGHT + (freezeLine ? FREEZE_LABEL_HEIGHT : 0) + instants.length * INSTANT_LABEL_HEIGHT;
}

interface WeekDayHeaderProps {
  week: CalendarWeek;
  instants: readonly WeekInstant[];
  /** What the label column holds: "Wave", "Time Zone", "Country". */
  labelHeading: string;
  /** The account's freezes: those in the week get a named line under the days. */
  freezes: readonly UpgradeFreeze[];
  displayZone: string;
}

/**
 * The seven days across the top, each as wide as its hours (a clock-change day is not 24 h),
 * then one row per labelled instant. Sticky: it stays at the top of the grid as the lanes
 * scroll, and its first cell stays at the left as the week scrolls sideways.
 */
export const WeekDayHeader = memo(function WeekDayHeader({
  week,
  instants,
  labelHeading,
  freezes,
  displayZone,
}: WeekDayHeaderProps) {
  const freezeLine = hasFreezeInWeek(freezes, week, displayZone);
  return (
    <Box
      sx={{
        display: 'flex',
        position: 'sticky',
        top: 0,
        zIndex: 4,
        height: weekHeaderHeight(instants, freezeLine),
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box
        sx={{
          position: 'sticky',
          left: 0,
          zIndex: 1,
          width: LANE_LABEL_WIDTH,
          flexShrink: 0,
          py: 1,
          pl: 1,
          bgcolor: 'background.paper',
          borderRight: 1,
          borderColor: 'divider',
        }}
      >
        <Typography variant="caption" color="text.secondary">
          {labelHeading}
        </Typography>
      </Box>
      <Box sx={{ flexGrow: 1 }}>
        <Box sx={{ position: 'relative', height: DAYS_HEIGHT }} aria-hidden>
          {daysOf(week).map((day) => {
            const left = weekFraction(week, day.start);
            const width = weekFraction(week, day.end) - left;
            const noon = weekFraction(week, day.start.plus({ hours: 12 }));
            return (
              <Box key={day.start.toMillis()}>
                <Typography
                  variant="caption"
                  noWrap
                  sx={{
                    position: 'absolute',
                    top: 2,
                    left: `${left * 100}%`,
                    width: `${width * 100}%`,
                    px: 0.5,
                    fontWeight: 600,
                  }}
                >
                  {formatDay(day.start, { short: true })}
                </Typography>
                {/* The hours, at their instants: on a clock-change day noon is not half way. */}
                <HourLabel fraction={left} text="00" />
                <HourLabel fraction={noon} text="12" />
              </Box>
            );
          })}
        </Box>
        {freezeLine && (
          <Box sx={{ position: 'relative', height: FREEZE_LABEL_HEIGHT }}>
            <HeaderFreezeBands week={week} freezes={freezes} displayZone={displayZone} top={0} />
          </Box>
        )}
        <WeekInstantLabels instants={instants} />
      </Box>
    </Box>
  );
});

function HourLabel({ fraction, text }: { fraction: number; text: string }) {
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      sx={{ position: 'absolute', top: 20, left: `${fraction * 100}%`, pl: 0.5, lineHeight: '18px' }}
    >
      {text}
    </Typography>
  );
}

/** Day and half-day lines behind the lanes, weekends shaded. */
export const WeekGridLines = memo(function WeekGridLines({ week }: { week: CalendarWeek }) {
  return daysOf(week).map((day, index) => (
    <Box key={day.start.toMillis()} aria-hidden>
      <Box
        sx={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: `${weekFraction(week, day.start) * 100}%`,
          borderLeft: 1,
          borderColor: 'divider',
          bgcolor: index >= 5 ? 'action.hover' : undefined,
          width: `${(weekFraction(week, day.end) - weekFraction(week, day.start)) * 100}%`,
        }}
      />
      <Box
        sx={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: `${weekFraction(week, day.start.plus({ hours: 12 })) * 100}%`,
          borderLeft: '1px dotted',
          borderColor: 'divider',
        }}
      />
    </Box>
  ));
});
