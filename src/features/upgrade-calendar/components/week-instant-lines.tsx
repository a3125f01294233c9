import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';
import { formatShortWeekday, formatTime, type DateTime } from '@/lib/date-time';
import { weekFraction, type CalendarWeek } from '../model/week';

/** A labelled instant across the week: the release, and release + 48 h (the notice cut-off). */
export interface WeekInstant {
  id: 'release' | 'cutoff';
  /** Where it sits across the week, 0 to 1. */
  fraction: number;
  label: string;
  color: string;
  lineStyle: 'solid' | 'dashed';
}

/** Height of a label's own row under the hour labels: a label never covers them. */
export const INSTANT_LABEL_HEIGHT = 20;

/** The instants that fall in the week, release first. */
export function weekInstants(week: CalendarWeek, releasedAt: DateTime, cutoff: DateTime): WeekInstant[] {
  const inWeek = (instant: DateTime) => instant >= week.start && instant < week.end;
  const shown = (instant: DateTime) => {
    const local = instant.setZone(week.start.zone);
    return `${formatShortWeekday(local)} ${formatTime(local)}`;
  };
  const instants: WeekInstant[] = [];
  if (inWeek(releasedAt)) {
    instants.push({
      id: 'release',
      fraction: weekFraction(week, releasedAt),
      label: `Released, ${shown(releasedAt)}`,
      // The theme's secondary keeps 4.5:1 as text in both schemes (its info blue does not).
      color: 'secondary.main',
      lineStyle: 'solid',
    });
  }
  if (inWeek(cutoff)) {
    instants.push({
      id: 'cutoff',
      fraction: weekFraction(week, cutoff),
      label: `${UPGRADE_NOTICE_HOURS}-hour notice cut-off, ${shown(cutoff)}`,
      color: 'error.main',
      lineStyle: 'dashed',
    });
  }
  return instants;
}

/** The labels, each in its own row of the sticky header, beside its line. */
export function WeekInstantLabels({ instants }: { instants: readonly WeekInstant[] }) {
  return instants.map((instant) => (
    <Box key={instant.id} sx={{ position: 'relative', height: INSTANT_LABEL_HEIGHT }}>
      <Box
        sx={{
          position: 'absolute',
          top: 0,
          bottom: 0,
          left: `${instant.fraction * 100}%`,
          borderLeft: `2px ${instant.lineStyle}`,
          borderColor: instant.color,
        }}
      />
      <Typography
        variant="caption"
        sx={{
          position: 'absolute',
          top: 1,
          // Right of the line, or left of it near the week's end, so it stays inside the week.
          ...(instant.fraction > 0.75
            ? { right: `calc(${(1 - instant.fraction) * 100}% + 6px)` }
            : { left: `calc(${instant.fraction * 100}% + 6px)` }),
          whiteSpace: 'nowrap',
          color: instant.color,
          fontWeight: 600,
          lineHeight: `${INSTANT_LABEL_HEIGHT - 2}px`,
        }}
      >
        {instant.label}
      </Typography>
    </Box>
  ));
}

/** The lines down the whole list of lanes (the labels are in the header). */
export const WeekInstantLines = memo(function WeekInstantLines({
  instants,
}: {
  instants: readonly WeekInstant[];
}) {
  return instants.map((instant) => (
    <Box
      key={instant.id}
      aria-hidden
      sx={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        left: `${instant.fraction * 100}%`,
        borderLeft: `2px ${instant.lineStyle}`,
        borderColor: instant.color,
        pointerEvents: 'none',
        zIndex: 1,
      }}
    />
  ));
});
