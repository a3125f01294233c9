import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import type { ReactNode } from 'react';

/**
 * The lane labels' width, set once on the grid (narrower on a phone) and read by every part
 * that lines up with them: the day headers, the lines across the week, each row's label.
 */
export const LANE_LABEL_WIDTH = 'var(--lane-label-width)';
export const laneLabelWidths = { '--lane-label-width': { xs: '172px', sm: '300px' } } as const;
/** The visible width of the grid, so an expanded row's details stay in view when it scrolls sideways. */
export const GRID_VIEWPORT_WIDTH = 'var(--grid-viewport-width, 100%)';

/** What the virtual list gives a row: where it sits, and how it is measured. */
export interface VirtualRowProps {
  /** Measures the row as it renders and resizes (the virtual list's measureElement). */
  measure: (element: HTMLDivElement | null) => void;
  index: number;
  /** Offset from the top of the list, in px. */
  top: number;
  /** How many rows the list has (for assistive technology: only some are in the page). */
  setSize: number;
}

interface WeekRowProps {
  virtual: VirtualRowProps;
  /** The label column: stays in view when the grid scrolls sideways. */
  label: ReactNode;
  /** The week across: blocks and markers, placed by instant. */
  timeline: ReactNode;
  expandLabel: string;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  /** What expanding shows (rendered only when expanded). */
  details: (id: string) => ReactNode;
  detailsId: string;
}

/** One row of the week grid: a sticky label with its expand button, the week, and its details. */
export function WeekRow(props: WeekRowProps) {
  const { virtual, label, timeline, expandLabel, expanded, onExpandedChange, details, detailsId } = props;
  const { measure, index, top, setSize } = virtual;
  return (
    <Box
      ref={measure}
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      sx={{
        position: 'absolute',
        // Placed with top, not a transform: a transform would make each row a stacking context,
        // and the lines across the week would then be drawn over the sticky labels.
        top,
        left: 0,
        width: '100%',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      <Box sx={{ display: 'flex', minHeight: 56 }}>
        <Box
          sx={{
            position: 'sticky',
            left: 0,
            // Above the lines across the week (1) and the wave captions (2).
            zIndex: 3,
            width: LANE_LABEL_WIDTH,
            flexShrink: 0,
            display: 'flex',
            alignItems: 'flex-start',
            gap: 0.5,
            py: 0.5,
            pr: 1,
            bgcolor: 'background.paper',
            borderRight: 1,
            borderColor: 'divider',
          }}
        >
          <IconButton
            size="small"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={expandLabel}
            onClick={() => onExpandedChange(!expanded)}
          >
            {expanded ? <ExpandLess /> : <ExpandMore />}
          </IconButton>
          <Box sx={{ minWidth: 0, flexGrow: 1 }}>{label}</Box>
        </Box>
        <Box sx={{ position: 'relative', flexGrow: 1 }}>{timeline}</Box>
      </Box>
      {expanded && (
        <Box
          sx={{
            position: 'sticky',
            left: 0,
            zIndex: 3,
            width: GRID_VIEWPORT_WIDTH,
            maxWidth: '100%',
            bgcolor: 'background.paper',
          }}
        >
          {details(detailsId)}
        </Box>
      )}
    </Box>
  );
}
