import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { DateTime } from '@/lib/date-time';
import { explainFreeze } from '@/lib/upgrade-wording';
import { distinctFreezeSpans, freezeSpansInWeek } from '../model/freeze-days';
import { weekFraction, type CalendarWeek } from '../model/week';
import { freezeShade } from './upgrade-block';

/** The height of the header's freeze line, when a freeze falls in the week. */
export const FREEZE_LABEL_HEIGHT = 20;

function placed(week: CalendarWeek, startMillis: number, endMillis: number) {
  const left = weekFraction(week, DateTime.fromMillis(startMillis));
  const right = weekFraction(week, DateTime.fromMillis(endMillis));
  return { left: `${left * 100}%`, width: `${(right - left) * 100}%` };
}

/**
 * A lane's frozen days, shaded behind its blocks in its own zones' time: a freeze's dates are
 * each site's dates, so Tokyo's freeze starts hours before London's. The header names them.
 */
export const LaneFreezeBands = memo(function LaneFreezeBands({
  week,
  freezes,
  timeZones,
}: {
  week: CalendarWeek;
  freezes: readonly UpgradeFreeze[];
  timeZones: readonly string[];
}) {
  const spans = useMemo(() => distinctFreezeSpans(freezes, week, timeZones), [freezes, week, timeZones]);
  return spans.map(({ startMillis, endMillis }) => (
    <Box
      key={`${startMillis} ${endMillis}`}
      aria-hidden
      sx={(theme) => ({
        position: 'absolute',
        top: 0,
        bottom: 0,
        ...placed(week, startMillis, endMillis),
        ...freezeShade(theme),
      })}
    />
  ));
});

/** The freezes of the week under the day names, named, in the display zone's days. */
export function HeaderFreezeBands({
  week,
  freezes,
  displayZone,
  top,
}: {
  week: CalendarWeek;
  freezes: readonly UpgradeFreeze[];
  displayZone: string;
  top: number;
}) {
  const spans = freezeSpansInWeek(freezes, week, displayZone);
  return spans.map(({ freeze, startMillis, endMillis }) => {
    const { label, sentence } = explainFreeze(freeze);
    return (
      <Box
        key={freeze.name}
        role="note"
        aria-label={sentence}
        title={sentence}
        sx={(theme) => ({
          position: 'absolute',
          top,
          height: FREEZE_LABEL_HEIGHT - 2,
          ...placed(week, startMillis, endMillis),
          ...freezeShade(theme),
          borderLeft: `2px solid ${theme.palette.info.main}`,
          overflow: 'hidden',
        })}
      >
        <Typography
          variant="caption"
          noWrap
          component="div"
          sx={{ px: 0.5, lineHeight: '18px', fontWeight: 600 }}
        >
          {label}
        </Typography>
      </Box>
    );
  });
}

/** Whether a freeze falls in the week in the display zone (the header then has a line for it). */
export function hasFreezeInWeek(
  freezes: readonly UpgradeFreeze[],
  week: CalendarWeek,
  displayZone: string,
): boolean {
  return freezeSpansInWeek(freezes, week, displayZone).length > 0;
}
