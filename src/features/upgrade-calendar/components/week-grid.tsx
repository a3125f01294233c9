import Box from '@mui/material/Box';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import { hasFreezeInWeek } from './freeze-bands';
import type { CalendarWeek } from '../model/week';
import { blockCountOf, type WeekRow } from '../model/week-rows';
import { useRovingFocus } from './use-roving-focus';
import { WeekDayHeader, WeekGridLines, weekHeaderHeight } from './week-day-header';
import { WeekGroupLane } from './week-group-lane';
import { weekInstants, WeekInstantLines } from './week-instant-lines';
import { WeekLane } from './week-lane';
import { LANE_LABEL_WIDTH, laneLabelWidths } from './week-row';

/** First guesses of a row's height, before it is measured (a wave's label has a line more). */
const ESTIMATED_HEIGHT: Record<WeekRow['kind'], number> = { zone: 66, wave: 76, country: 76 };
/** Rows rendered beyond those in view, so Tab and the arrow keys find the next one in the page. */
const OVERSCAN = 6;
/** Before the grid is measured (and in jsdom), render as many rows as a laptop screen shows. */
const INITIAL_RECT = { width: 1280, height: 800 };

interface WeekGridProps {
  rows: readonly WeekRow[];
  week: CalendarWeek;
  displayZone: string;
  releasedAt: DateTime;
  cutoff: DateTime;
  label: string;
  labelHeading: string;
  freezes: readonly UpgradeFreeze[];
}

/**
 * The week across, one row per lane. Only the rows in view are in the page: a big account has
 * hundreds of zones. The day headers stay at the top and the lane labels at the left as the
 * grid scrolls either way.
 */
export function WeekGrid({
  rows,
  week,
  displayZone,
  releasedAt,
  cutoff,
  label,
  labelHeading,
  freezes,
}: WeekGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const instants = useMemo(() => weekInstants(week, releasedAt, cutoff), [week, releasedAt, cutoff]);
  const headerHeight = weekHeaderHeight(instants, hasFreezeInWeek(freezes, week, displayZone));

  // Roving indexes run through every block of every row, rendered or not.
  const { firstIndexes, rowOfBlock } = useMemo(() => {
    const first: number[] = [];
    const rowOf: number[] = [];
    rows.forEach((row, rowIndex) => {
      first.push(rowOf.length);
      for (let block = 0; block < blockCountOf(row); block += 1) rowOf.push(rowIndex);
    });
    return { firstIndexes: first, rowOfBlock: rowOf };
  }, [rows]);

  const scrollToRow = useRef<(rowIndex: number) => void>(() => undefined);
  const reveal = useCallback(
    (blockIndex: number) => scrollToRow.current(rowOfBlock[blockIndex] ?? 0),
    [rowOfBlock],
  );
  const roving = useRovingFocus(rowOfBlock.length, { reveal });
  // The row holding the grid's one tab stop is always rendered, or Tab would skip the grid.
  const activeRow = rowOfBlock[roving.active];
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeRow === undefined || indexes.includes(activeRow)) return indexes;
      return [...indexes, activeRow].sort((a, b) => a - b);
    },
    [activeRow],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the grid re-renders on every scroll anyway; nothing memoises its results.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index]?.kind ?? 'zone'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    // The list starts under the sticky header, and a row scrolled to stops just under it.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
    rangeExtractor,
  });
  useLayoutEffect(() => {
    scrollToRow.current = (rowIndex) => virtualizer.scrollToIndex(rowIndex, { align: 'auto' });
  });

  const toggle = useCallback(
    (key: string, open: boolean) =>
      setExpanded((keys) => {
        const next = new Set(keys);
        if (open) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const viewportWidth = virtualizer.scrollRect?.width;

  // On a phone the week is wider than the screen: it opens on its first upgrade, not on Monday
  // (block 0 is the first row's first block, and rows come in upgrade order).
  useLayoutEffect(() => {
    const area = scrollRef.current;
    const first = area?.querySelector<HTMLElement>('[data-roving-index="0"]');
    if (!area || !first || area.scrollWidth <= area.clientWidth) return;
    const labelWidth = Number.parseFloat(getComputedStyle(area).getPropertyValue('--lane-label-width')) || 0;
    const firstLeft =
      first.getBoundingClientRect().left - area.getBoundingClientRect().left + area.scrollLeft;
    area.scrollLeft = Math.max(0, firstLeft - labelWidth - 16);
  }, [week, rows]);

  return (
    <Box
      ref={scrollRef}
      // Named, so a reader knows what scrolls: the grid scrolls both ways inside the page.
      role="region"
      aria-label="Week grid"
      style={viewportWidth ? ({ '--grid-viewport-width': `${viewportWidth}px` } as CSSProperties) : undefined}
      sx={{
        ...laneLabelWidths,
        overflow: 'auto',
        maxHeight: '70vh',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      <Box sx={{ minWidth: { xs: 840, sm: 960 } }}>
        <WeekDayHeader
          week={week}
          instants={instants}
          labelHeading={labelHeading}
          freezes={freezes}
          displayZone={displayZone}
        />
        <Box sx={{ position: 'relative', height: virtualizer.getTotalSize() }}>
          <Box sx={{ position: 'absolute', top: 0, bottom: 0, left: LANE_LABEL_WIDTH, right: 0 }}>
            <WeekGridLines week={week} />
          </Box>
          {/* As big as all its rows: the rows are placed in it, and it is what a reader sees. */}
          <Box
            role="list"
            aria-label={label}
            onKeyDown={roving.onKeyDown}
            sx={{ position: 'absolute', top: 0, left: 0, right: 0, bottom: 0 }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const props = {
                measure: virtualizer.measureElement,
                index: item.index,
                top: item.start - headerHeight,
                setSize: rows.length,
                rowKey: row.key,
                week,
                displayZone,
                freezes,
                rovingProps: roving.itemProps,
                firstIndex: firstIndexes[item.index] ?? 0,
                expanded: expanded.has(row.key),
                onToggle: toggle,
              };
              return row.kind === 'zone' ? (
                <WeekLane key={row.key} lane={row.lane} {...props} />
              ) : (
                <WeekGroupLane key={row.key} row={row} {...props} />
              );
            })}
          </Box>
          <Box
            sx={{
              position: 'absolute',
              top: 0,
              bottom: 0,
              left: LANE_LABEL_WIDTH,
              right: 0,
              pointerEvents: 'none',
            }}
          >
            <WeekInstantLines instants={instants} />
          </Box>
        </Box>
      </Box>
    </Box>
  );
}
