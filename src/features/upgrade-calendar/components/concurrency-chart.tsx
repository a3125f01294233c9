import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import type { Theme } from '@mui/material/styles';
import { useCallback, useMemo, useRef, useState, type FocusEvent } from 'react';
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
      <Box sx={{ overflowX: 'auto', flexGrow: 1, pb: 0.5 }}>
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
            width: 'max-content',
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
                  sx={{ width: BAR_WIDTH, display: 'flex', alignItems: 'flex-end', justifyContent: 'center' }}
                >
                  <span aria-hidden>⋯</span>
                  <Box component="span" sx={visuallyHidden}>
                    {countOf(item.gapHours, HOUR)} without an upgrade
                  </Box>
                </Box>
              );
            }
            const current = barIndexOf.get(item);
            if (current === undefined) return <Box key={item.start.toMillis()} sx={{ width: BAR_WIDTH }} />;
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
                aria-expanded={isOpen && open.pinned}
                aria-controls={isOpen && open.pinned ? POPOVER_ID : undefined}
                aria-describedby={isOpen && !open.pinned ? POPOVER_ID : undefined}
                sx={(theme) => ({
                  width: BAR_WIDTH,
                  height: '100%',
                  display: 'flex',
                  flexDirection: 'column',
                  justifyContent: 'flex-end',
                  alignItems: 'stretch',
                  px: '3px',
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
    <Box aria-hidden sx={{ display: 'flex', width: 'max-content' }}>
      {items.map((item, index) => {
        if ('gapHours' in item) return <Box key={`gap-${index}`} sx={{ width: BAR_WIDTH }} />;
        const hour = item.start.setZone(displayZone);
        const before = items[index - 1];
        const newDay =
          !before || 'gapHours' in before || !before.start.setZone(displayZone).hasSame(hour, 'day');
        return (
          <Box key={item.start.toMillis()} sx={{ width: BAR_WIDTH, position: 'relative', height: 36 }}>
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

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
