import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { formatDayRange } from '@/lib/date-time';
import type { CalendarWeek } from '../model/week';

interface WeekToolbarProps {
  week: CalendarWeek;
  /** Says "Week 6 – 12 March" for a month view too, when given another title. */
  title?: string;
  previousLabel?: string;
  nextLabel?: string;
  currentLabel?: string;
  onPrevious: () => void;
  onCurrent: () => void;
  onNext: () => void;
}

/** "6 – 12 March 2023" (en-GB), "March 6 – 12, 2023" (en-US): in the browser's locale. */
export function weekTitle(week: CalendarWeek): string {
  return formatDayRange(week.start, week.end.minus({ days: 1 }));
}

export function WeekToolbar(props: WeekToolbarProps) {
  const { week, title, onPrevious, onCurrent, onNext } = props;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
      <Button variant="outlined" size="small" startIcon={<ChevronLeft />} onClick={onPrevious}>
        {props.previousLabel ?? 'Previous week'}
      </Button>
      <Button variant="outlined" size="small" onClick={onCurrent}>
        {props.currentLabel ?? 'This week'}
      </Button>
      <Button variant="outlined" size="small" endIcon={<ChevronRight />} onClick={onNext}>
        {props.nextLabel ?? 'Next week'}
      </Button>
      <Typography variant="h2" component="h2" sx={{ fontSize: '1.15rem', ml: 1 }} aria-live="polite">
        {title ?? weekTitle(week)}
      </Typography>
    </Box>
  );
}
