import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
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

/** "6 – 12 March 2023" */
export function weekTitle(week: CalendarWeek): string {
  const first = week.start.setLocale('en-GB');
  const last = week.end.minus({ days: 1 }).setLocale('en-GB');
  if (first.hasSame(last, 'month')) return `${first.toFormat('d')} – ${last.toFormat('d LLLL yyyy')}`;
  if (first.hasSame(last, 'year')) return `${first.toFormat('d LLLL')} – ${last.toFormat('d LLLL yyyy')}`;
  return `${first.toFormat('d LLLL yyyy')} – ${last.toFormat('d LLLL yyyy')}`;
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
