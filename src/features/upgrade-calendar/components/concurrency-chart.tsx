import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import type { Theme } from '@mui/material/styles';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { formatUpgradeWindow, formatWeekdayAndDay } from '@/lib/date-time';
import { countOf, HOUR, SITE } from '@/lib/plural';
import { foldEmptyHours, type ConcurrencyBucket } from '../model/concurrency';
import { ConcurrencyBarPopover } from './concurrency-bar-popover';
import { useRovingFocus } from './use-roving-focus';

interface ConcurrencyChartProps {
  buckets: readonly ConcurrencyBucket[];
  displayZone: string;
  /** The instant of the peak: its hour's bar is marked. */
  peakMillis: number;
  /** Names the legend, which says what the colours are. */
  describedBy: string;
}

const PLOT_HEIGHT = 200;
/** Room above the tallest bar for its "Peak" mark. */
const HEADROOM = 16;
const BARS_HEIGHT = PLOT_HEIGHT - HEADROOM;
const BAR_WIDTH = 26;
/** On a phone the bars narrow to fit the screen, down to this; beyond it the chart scrolls. */
const MIN_BAR_WIDTH = 16;
const POPOVER_ID = 'concurrency-bar-details';

/** The colours of the two kinds of site; the legend uses them too. HA is hatched, not only hued. */
export const SINGLE_FILL = (theme: Theme) => (theme.vars ?? theme).palette.primary.main;
export const HA_FILL = (theme: Theme) => {
  const colour = (theme.vars ?? theme).palette.secondary.main;
  return `repeating-linear-gradient(45deg, ${colour} 0 4px, color-mix(in srgb, ${colour} 55%, transparent) 4px 7px)`;
};

interface OpenBar {
  index: number;
  anchor: HTMLElement;
  pinned: boolean;
}

/**
 * Sites in their upgrade window per display-zone hour, single-Socket and HA stacked, long quiet
 * stretches folded. Each bar is a button (one tab stop, arrow keys between bars): hover and
 * focus preview who is upgrading in that hour, a click or Enter pins the full list.
 */
export function ConcurrencyChart({ buckets, displayZone, peakMillis, describedBy }: ConcurrencyChartProps) {
  const items = useMemo(() => foldEmptyHours(buckets), [buckets]);
  // The hours with sites are the bars, numbered for the roving focus; the rest only take room.
  const { bars, barIndexOf } = useMemo(() => {
    const withSites = items.filter(
      (item): item is ConcurrencyBucket => !('gapHours' in item) && item.sites > 0,
    );
    return { bars: withSites, barIndexOf: new Map(withSites.map((bar, index) => [bar, index])) };
  }, [items]);
  const most = Math.max(1, ...bars.map((bar) => bar.sites));
  const labels = useMemo(
    () =>
      bars.map((bar) => {
        const hour = formatUpgradeWindow(bar.start.setZone(displayZone), bar.end);
        const peak = bar.start.toMillis() <= peakMillis && peakMillis < bar.end.toMillis();
        return `${hour}: ${countOf(bar.sites, SITE)} in their upgrade window, ${(bar.sites - bar.haSites).toLocaleString('en-GB')} single-Socket, ${bar.haSites.toLocaleString('en-GB')} HA${peak ? '. The peak' : ''}`;
      }),
    [bars, displayZone, peakMillis],
  );
  const { onKeyDown, itemProps } = useRovingFocus(bars.length);
  const [open, setOpen] = useState<OpenBar>();
  const chartRef = useRef<HTMLDivElement>(null);
  const isInsideChart = useCallback(
    (target: EventTarget | null) => target instanceof Node && chartRef.current?.contains(target) === true,
    [],
  );

  // When the bars are wider than the screen (a phone), the peak's bar is scrolled into view.
  const scrollRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const area = scrollRef.current;
    const peakBar = area?.querySelector<HTMLElement>('[data-peak]');
    if (!area || !peakBar || area.scrollWidth <= area.clientWidth) return;
    const barLeft =
      peakBar.getBoundingClientRect().left - area.getBoundingClientRect().left + area.scrollLeft;
    area.scrollLeft = Math.max(0, barLeft - (area.clientWidth - peakBar.offsetWidth) / 2);
  }, [peakMillis, items]);

  const close = ({ returnFocus }: { returnFocus: boolean }) => {
    if (returnFocus) open?.anchor.focus();
    setOpen(undefined);
  };
  // A pinned list follows the keyboard from bar to bar; a preview follows hover and focus.
  const preview = (index: number, anchor: HTMLElement) =>
    setOpen((was) =>
      was?.pinned
        ? was.index === index
          ? was
          : { index, anchor, pinned: true }
        : { index, anchor, pinned: false },
    );
  const onBlur = (index: number) => (event: FocusEvent) => {
    if (isInsideChart(event.relatedTarget)) return;
    setOpen((was) => (was && !was.pinned && was.index === index ? undefined : was));
  };

  return (
    <Box ref={chartRef} sx={{ display: 'flex', position: 'relative' }}>
      <Box aria-hidden sx={{ position: 'relative', width: 44, flexShrink: 0, height: PLOT_HEIGHT, mr: 0.5 }}>
        {[0, 0.5, 1].map((fraction) => (
          <Box
            key={fraction}
            sx={{
              position: 'absolute',
              right: 0,
              bottom: `calc(${fraction * BARS_HEIGHT}px - 0.6em)`,
              typography: 'caption',
            }}
          >
            {Math.round(fraction * most).toLocaleString('en-GB')}
          </Box>
        ))}
      </Box>
      {/* Positioned, so what is placed inside it (the hidden gap names) scrolls with it, not the page. */}
      <Box ref={scrollRef} sx={{ overflowX: 'auto', flexGrow: 1, pb: 0.5, position: 'relative' }}>
        <Box
          role="group"
          aria-label={`Sites in their upgrade window per hour (${displayZone})`}
          aria-describedby={describedBy}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && open) {
              event.preventDefault();
              setOpen(undefined);
              return;
            }
            onKeyDown(event);
          }}
          sx={(theme) => ({
            display: 'flex',
            alignItems: 'stretch',
            height: PLOT_HEIGHT,
            ...rowWidth(items.length),
            minWidth: '100%',
            // Grid lines at the most and at half of it (the axis draws 0).
            backgroundImage: `linear-gradient(${(theme.vars ?? theme).palette.divider} 1px, transparent 1px)`,
            backgroundSize: `100% ${BARS_HEIGHT / 2}px`,
            backgroundPosition: `0 ${HEADROOM}px`,
            borderBottom: 1,
            borderColor: 'text.secondary',
          })}
        >
          {items.map((item, index) => {
            if ('gapHours' in item) {
              return (
                <Box
                  key={`gap-${index}`}
                  title={`${countOf(item.gapHours, HOUR)} without an upgrade`}
                  sx={{ ...slotWidth, display: 'flex', alignItems: 'flex-end', justifyContent: 'center' }}
                >
                  <span aria-hidden>⋯</span>
                  <Box component="span" sx={visuallyHidden}>
                    {countOf(item.gapHours, HOUR)} without an upgrade
                  </Box>
                </Box>
              );
            }
            const current = barIndexOf.get(item);
            if (current === undefined) return <Box key={item.start.toMillis()} sx={slotWidth} />;
            const isOpen = open?.index === current;
            const peak = item.start.toMillis() <= peakMillis && peakMillis < item.end.toMillis();
            return (
              <ButtonBase
                key={item.start.toMillis()}
                {...itemProps(current)}
                onFocus={(event) => {
                  itemProps(current).onFocus();
                  preview(current, event.currentTarget);
                }}
                onBlur={onBlur(current)}
                onMouseEnter={(event) => {
                  const anchor = event.currentTarget;
                  setOpen((was) => (was?.pinned ? was : { index: current, anchor, pinned: false }));
                }}
                onMouseLeave={(event) => {
                  if (document.activeElement === event.currentTarget) return;
                  setOpen((was) => (was && !was.pinned && was.index === current ? undefined : was));
                }}
                onClick={(event) => {
                  const anchor = event.currentTarget;
                  setOpen((was) =>
                    was?.pinned && was.index === current
                      ? undefined
                      : { index: current, anchor, pinned: true },
                  );
                }}
                aria-label={labels[current]}
                data-peak={peak || undefined}
                aria-expanded={isOpen && open.pinned}
                aria-controls={isOpen && open.pinned ? POPOVER_ID : undefined}
                aria-describedby={isOpen && !open.pinned ? POPOVER_ID : undefined}
                sx={(theme) => ({
                  ...slotWidth,
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'flex-end',
                  alignItems: 'stretch',
                  px: { xs: '2px', sm: '3px' },
                  pt: `${HEADROOM}px`,
                  bgcolor: isOpen ? 'action.selected' : undefined,
                  '&:hover': { bgcolor: 'action.hover' },
                  '&:focus-visible': {
                    outline: `3px solid ${(theme.vars ?? theme).palette.secondary.main}`,
                    outlineOffset: -3,
                  },
                })}
              >
                <Box
                  sx={{
                    position: 'relative',
                    height: `${(item.sites / most) * 100}%`,
                    display: 'flex',
                    flexDirection: 'column',
                  }}
                >
                  {peak && (
                    <Box
                      aria-hidden
                      sx={{
                        position: 'absolute',
                        bottom: '100%',
                        left: -4,
                        right: -4,
                        textAlign: 'center',
                        typography: 'caption',
                        fontWeight: 700,
                        color: 'error.main',
                        lineHeight: 1.3,
                      }}
                    >
                      Peak
                    </Box>
                  )}
                  <Box
                    sx={(theme) => ({
                      height: `${(item.haSites / item.sites) * 100}%`,
                      background: HA_FILL(theme),
                    })}
                  />
                  <Box sx={(theme) => ({ flexGrow: 1, background: SINGLE_FILL(theme) })} />
                </Box>
              </ButtonBase>
            );
          })}
        </Box>
        <HourAxis items={items} displayZone={displayZone} />
      </Box>
      {open && bars[open.index] && (
        <ConcurrencyBarPopover
          id={POPOVER_ID}
          bucket={bars[open.index] as ConcurrencyBucket}
          displayZone={displayZone}
          anchor={open.anchor}
          pinned={open.pinned}
          onClose={close}
          isInsideChart={isInsideChart}
        />
      )}
    </Box>
  );
}

/** The hour under each bar and the day where it changes; the bars' names say the same. */
function HourAxis({ items, displayZone }: { items: ReturnType<typeof foldEmptyHours>; displayZone: string }) {
  return (
    <Box aria-hidden sx={{ display: 'flex', ...rowWidth(items.length) }}>
      {items.map((item, index) => {
        if ('gapHours' in item) return <Box key={`gap-${index}`} sx={slotWidth} />;
        const hour = item.start.setZone(displayZone);
        const before = items[index - 1];
        const newDay =
          !before || 'gapHours' in before || !before.start.setZone(displayZone).hasSame(hour, 'day');
        return (
          <Box key={item.start.toMillis()} sx={{ ...slotWidth, position: 'relative', height: 36 }}>
            <Box sx={{ typography: 'caption', textAlign: 'center' }}>{hour.toFormat('HH')}</Box>
            {newDay && (
              <Box
                sx={{
                  typography: 'caption',
                  fontWeight: 600,
                  position: 'absolute',
                  left: 2,
                  top: 18,
                  whiteSpace: 'nowrap',
                }}
              >
                {formatWeekdayAndDay(hour)}
              </Box>
            )}
          </Box>
        );
      })}
    </Box>
  );
}

/**
 * A row of the chart (the bars, the hours under them): as wide as its bars on a wider screen; on
 * a phone as wide as the screen allows, the bars narrowing to fit it, scrolling only beyond that.
 * The bars and the hours under them follow the same rule, so they stay aligned.
 */
function rowWidth(slots: number) {
  return { width: { xs: `max(100%, ${slots * MIN_BAR_WIDTH}px)`, sm: 'max-content' } } as const;
}

/** One hour's slot in a row: {@link BAR_WIDTH}, narrowing on a phone (see {@link rowWidth}). */
const slotWidth = { width: BAR_WIDTH, flexShrink: { xs: 1, sm: 0 }, minWidth: 0 } as const;

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
