import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { daysOf, weekFraction, type CalendarWeek } from '../model/week';
import { LANE_LABEL_WIDTH } from './week-lane';

/** The seven days across the top, each as wide as its hours (a clock-change day is not 24 h). */
export function WeekDayHeader({ week }: { week: CalendarWeek }) {
  return (
    <Box sx={{ display: 'flex', borderBottom: 1, borderColor: 'divider' }} aria-hidden>
      <Box sx={{ width: LANE_LABEL_WIDTH, flexShrink: 0, py: 1 }}>
        <Typography variant="caption" color="text.secondary">
          Time zone and sites
        </Typography>
      </Box>
      <Box sx={{ position: 'relative', flexGrow: 1, height: 44 }}>
        {daysOf(week).map((day) => {
          const left = weekFraction(week, day.start);
          const width = weekFraction(week, day.end) - left;
          return (
            <Box
              key={day.start.toMillis()}
              sx={{
                position: 'absolute',
                left: `${left * 100}%`,
                width: `${width * 100}%`,
                px: 0.5,
                pt: 0.5,
              }}
            >
              <Typography variant="caption" sx={{ fontWeight: 600, display: 'block' }} noWrap>
                {day.start.setLocale('en-GB').toFormat('ccc d LLL')}
              </Typography>
              <Typography
                variant="caption"
                color="text.secondary"
                sx={{ display: 'flex', justifyContent: 'space-between' }}
              >
                <span>00</span>
                <span>12</span>
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** Day and half-day lines behind the lanes. */
export function WeekGridLines({ week }: { week: CalendarWeek }) {
  return (
    <Box
      aria-hidden
      sx={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        left: LANE_LABEL_WIDTH,
        right: 0,
        pointerEvents: 'none',
      }}
    >
      {daysOf(week).map((day, index) => (
        <Box key={day.start.toMillis()}>
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
      ))}
    </Box>
  );
}
