import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { LANE_GROUPINGS, type LaneGrouping } from '../model/calendar-url-state';

export const GROUPING_LABELS: Record<LaneGrouping, string> = {
  wave: 'Wave',
  zone: 'Time Zone',
  country: 'Country',
};

interface WeekGroupByProps {
  grouping: LaneGrouping;
  onChange: (grouping: LaneGrouping) => void;
}

/** "Group by": a lane per wave (zones opening at one instant), per time zone, or per country. */
export function WeekGroupBy({ grouping, onChange }: WeekGroupByProps) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography id="week-group-by-label" variant="body2" component="span">
        Group by
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={grouping}
        aria-labelledby="week-group-by-label"
        // Clicking the chosen one again keeps it: there is always a grouping.
        onChange={(_event, next: LaneGrouping | null) => next && onChange(next)}
      >
        {LANE_GROUPINGS.map((name) => (
          <ToggleButton key={name} value={name} sx={{ textTransform: 'none', px: 1.5 }}>
            {GROUPING_LABELS[name]}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
}
