import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  formatDay,
  formatMonth,
  formatShortDate,
  formatShortWeekday,
  formatTime,
  formatWeekday,
  type DateTime,
} from '@/lib/date-time';
import type { UpgradeFreeze } from '@/domain/upgrade-schedule';
import { countOf, pluralForm, SITE, UPGRADES, ZONE } from '@/lib/plural';
import { explainFreeze } from '@/lib/upgrade-wording';
import { freezeOnDate } from '../model/freeze-days';
import type { ZoneGroup } from '../model/calendar-types';
import { monthGrid, monthOfWeek, upgradesByDay } from '../model/month-days';
import { weekContaining, type CalendarWeek } from '../model/week';
import { freezeShade } from './upgrade-block';
import { WeekToolbar } from './week-toolbar';

interface MonthViewProps {
  groups: readonly ZoneGroup[];
  week: CalendarWeek;
  displayZone: string;
  cutoff: DateTime;
  now: DateTime;
  /** The account's freezes: their days are shaded and named. */
  freezes: readonly UpgradeFreeze[];
  onWeekChange: (week: CalendarWeek) => void;
  /** Opens the week view on a day's week. */
  onOpenWeek: (week: CalendarWeek) => void;
}

const cell = {
  border: 1,
  borderColor: 'divider',
  verticalAlign: 'top',
  p: 0,
  height: 88,
  width: '14.28%',
} as const;

/** Which days of the month have upgrades, and how many sites on each. */
export function MonthView({
  groups,
  week,
  displayZone,
  cutoff,
  now,
  freezes,
  onWeekChange,
  onOpenWeek,
}: MonthViewProps) {
  const month = monthOfWeek(week.start);
  const days = useMemo(() => upgradesByDay(groups, displayZone), [groups, displayZone]);
  const cutoffShown = cutoff.setZone(displayZone);
  // The 8th always lies in a week whose Thursday is in the same month.
  const weekOfMonth = (first: DateTime) => weekContaining(first.plus({ days: 7 }), displayZone);
  const title = formatMonth(month);
  const grid = monthGrid(month);

  return (
    <Box>
      <WeekToolbar
        week={week}
        title={title}
        previousLabel="Previous month"
        currentLabel="This month"
        nextLabel="Next month"
        onPrevious={() => onWeekChange(weekOfMonth(month.minus({ months: 1 })))}
        onCurrent={() => onWeekChange(weekOfMonth(now.setZone(displayZone).startOf('month')))}
        onNext={() => onWeekChange(weekOfMonth(month.plus({ months: 1 })))}
      />
      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', paddingBottom: 8 }}>
          <Typography variant="body2" color="text.secondary" component="span">
            Sites upgrading on each day of {title}, by the day their window opens in {displayZone}.
          </Typography>
        </caption>
        <thead>
          <tr>
            {/* Monday to Sunday, named in the browser's language from the grid's first week. */}
            {grid[0]?.map((day) => (
              <Typography
                key={day.weekday}
                component="th"
                scope="col"
                variant="caption"
                sx={{ fontWeight: 600, textAlign: 'left', px: { xs: 0.5, sm: 1 } }}
              >
                {/* A phone's column is too narrow for "Wednesday": the short name there, one at a time. */}
                <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>
                  {formatWeekday(day)}
                </Box>
                <Box component="span" sx={{ display: { xs: 'inline', md: 'none' } }}>
                  {formatShortWeekday(day)}
                </Box>
              </Typography>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row[0]?.toISODate()}>
              {row.map((day) => {
                const iso = day.toISODate() ?? '';
                const upgrades = days.get(iso);
                const inMonth = day.hasSame(month, 'month');
                const isCutoffDay = cutoffShown.hasSame(day, 'day');
                const freeze = freezeOnDate(freezes, iso);
                const frozen = freeze && explainFreeze(freeze);
                const content = (
                  <Box sx={{ p: { xs: 0.5, sm: 1 }, width: '100%', height: '100%', textAlign: 'left' }}>
                    <Typography
                      variant="body2"
                      sx={{ fontWeight: inMonth ? 600 : 400 }}
                      color={inMonth ? 'text.primary' : 'text.secondary'}
                    >
                      {inMonth ? day.toFormat('d') : formatShortDate(day)}
                    </Typography>
                    {upgrades && (
                      <Typography variant="body2" sx={{ fontWeight: 700 }}>
                        {countOf(upgrades.sites, SITE)}
                      </Typography>
                    )}
                    {frozen && (
                      <Typography
                        variant="caption"
                        sx={{ display: 'block', fontWeight: 600 }}
                        title={frozen.sentence}
                      >
                        {frozen.label}
                      </Typography>
                    )}
                    {isCutoffDay && (
                      <Typography variant="caption" sx={{ display: 'block', color: 'error.main' }}>
                        Notice cut-off {formatTime(cutoffShown)}
                      </Typography>
                    )}
                  </Box>
                );
                return (
                  <Box
                    component="td"
                    key={iso}
                    sx={(theme) => ({
                      ...cell,
                      bgcolor: upgrades ? 'action.selected' : undefined,
                      ...(frozen ? freezeShade(theme) : {}),
                    })}
                  >
                    {upgrades ? (
                      <ButtonBase
                        sx={{
                          width: '100%',
                          height: '100%',
                          alignItems: 'flex-start',
                          '&:focus-visible': { outline: 3, outlineColor: 'secondary.main' },
                        }}
                        aria-label={`${formatDay(day)}: ${countOf(upgrades.sites, SITE)} ${pluralForm(upgrades.sites, UPGRADES)} in ${countOf(upgrades.zones, ZONE)}.${frozen ? ` ${frozen.sentence}` : ''} Open the week.`}
                        onClick={() => onOpenWeek(weekContaining(day, displayZone))}
                      >
                        {content}
                      </ButtonBase>
                    ) : (
                      content
                    )}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
