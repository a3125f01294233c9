import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatTime, type DateTime } from '@/lib/date-time';
import { overlapsWeek, weekFraction, type CalendarWeek } from '../model/week';
import { LANE_LABEL_WIDTH } from './week-lane';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';

/** release + 48 h: windows that open before this line are skipped. */
export function NoticeCutoffLine({ week, cutoff }: { week: CalendarWeek; cutoff: DateTime }) {
  if (!overlapsWeek(week, cutoff, cutoff.plus({ milliseconds: 1 }))) return null;
  const shown = cutoff.setZone(week.start.zone);
  const fraction = weekFraction(week, cutoff);
  return (
    <Box
      sx={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        left: `calc(${LANE_LABEL_WIDTH}px + (100% - ${LANE_LABEL_WIDTH}px) * ${fraction})`,
        borderLeft: '2px dashed',
        borderColor: 'error.main',
        pointerEvents: 'none',
        zIndex: 1,
      }}
    >
      <Typography
        variant="caption"
        sx={{
          position: 'absolute',
          top: -22,
          ...(fraction > 0.75 ? { right: 4 } : { left: 4 }),
          whiteSpace: 'nowrap',
          color: 'error.main',
          fontWeight: 600,
          bgcolor: 'background.paper',
          px: 0.5,
        }}
      >
        {UPGRADE_NOTICE_HOURS}-hour notice cut-off, {shown.setLocale('en-GB').toFormat('ccc')}{' '}
        {formatTime(shown)}
      </Typography>
    </Box>
  );
}
