import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { DateTime } from '@/lib/date-time';
import type { WeekLane as WeekLaneModel } from '../model/week-lanes';
import type { CalendarWeek } from '../model/week';
import { NoticeCutoffLine } from './notice-cutoff-line';
import { useRovingFocus } from './use-roving-focus';
import { WeekDayHeader, WeekGridLines } from './week-day-header';
import { blocksOf, WeekLane } from './week-lane';

/** Lanes drawn at first; a 5,000-site account has hundreds of zones, the rest come on request. */
const LANES_PER_PAGE = 25;

interface WeekGridProps {
  lanes: readonly WeekLaneModel[];
  week: CalendarWeek;
  displayZone: string;
  cutoff: DateTime;
  label: string;
}

export function WeekGrid({ lanes, week, displayZone, cutoff, label }: WeekGridProps) {
  const [shown, setShown] = useState(LANES_PER_PAGE);
  const visible = lanes.slice(0, shown);
  const firstIndexes: number[] = [];
  let blockCount = 0;
  for (const lane of visible) {
    firstIndexes.push(blockCount);
    blockCount += blocksOf(lane);
  }
  const roving = useRovingFocus(blockCount);

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Box sx={{ minWidth: 960, pt: 3 }}>
        <WeekDayHeader week={week} />
        <Box sx={{ position: 'relative' }}>
          <WeekGridLines week={week} />
          <NoticeCutoffLine week={week} cutoff={cutoff} />
          <Box role="list" aria-label={label} onKeyDown={roving.onKeyDown}>
            {visible.map((lane, i) => (
              <WeekLane
                key={lane.group.timeZone}
                lane={lane}
                week={week}
                displayZone={displayZone}
                rovingProps={roving.itemProps}
                firstIndex={firstIndexes[i] ?? 0}
              />
            ))}
          </Box>
        </Box>
        {lanes.length > shown && (
          <Button sx={{ mt: 1 }} onClick={() => setShown((count) => count + LANES_PER_PAGE)}>
            Show {Math.min(LANES_PER_PAGE, lanes.length - shown)} more time zones ({lanes.length - shown} not
            shown)
          </Button>
        )}
      </Box>
    </Box>
  );
}
