import type { UpgradeFreeze, WeeklySlot } from '@/domain/upgrade-schedule';
import type { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import type { CalendarView, LaneGrouping } from '../model/calendar-url-state';
import type { CalendarWeek } from '../model/week';
import { CalendarSummary } from './calendar-summary';
import { ConcurrencyView } from './concurrency-view';
import { MonthView } from './month-view';
import { UpgradeTable } from './upgrade-table';
import { WeekView } from './week-view';

interface CalendarViewsProps {
  view: CalendarView;
  groups: readonly ZoneGroup[];
  week: CalendarWeek;
  displayZone: string;
  releasedAt: DateTime;
  cutoff: DateTime;
  now: DateTime;
  maintenanceWindow: WeeklySlot;
  /** The account's freezes: shaded in the week and month views. */
  freezes: readonly UpgradeFreeze[];
  /** The week view's lanes, as the link says (undefined: its default). */
  grouping: LaneGrouping | undefined;
  onGroupingChange: (grouping: LaneGrouping) => void;
  onWeekChange: (week: CalendarWeek, view?: CalendarView) => void;
}

export function CalendarViews(props: CalendarViewsProps) {
  const { view, groups, week, displayZone, releasedAt, cutoff, now, maintenanceWindow, onWeekChange } = props;
  return (
    <>
      <CalendarSummary
        maintenanceWindow={maintenanceWindow}
        groups={groups}
        releasedAt={releasedAt}
        cutoff={cutoff}
        displayZone={displayZone}
      />
      {view === 'week' && (
        <WeekView
          groups={groups}
          week={week}
          displayZone={displayZone}
          releasedAt={releasedAt}
          cutoff={cutoff}
          now={now}
          maintenanceWindow={maintenanceWindow}
          freezes={props.freezes}
          grouping={props.grouping}
          onGroupingChange={props.onGroupingChange}
          onWeekChange={onWeekChange}
        />
      )}
      {view === 'month' && (
        <MonthView
          groups={groups}
          week={week}
          displayZone={displayZone}
          cutoff={cutoff}
          now={now}
          freezes={props.freezes}
          onWeekChange={onWeekChange}
          onOpenWeek={(next) => onWeekChange(next, 'week')}
        />
      )}
      {view === 'table' && <UpgradeTable groups={groups} displayZone={displayZone} releasedAt={releasedAt} />}
      {view === 'concurrency' && <ConcurrencyView groups={groups} displayZone={displayZone} />}
    </>
  );
}
