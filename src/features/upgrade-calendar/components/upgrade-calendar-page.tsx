import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { startTransition, useDeferredValue, useMemo, useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { canonicalTimeZone } from '@/domain/places';
import { UPGRADE_NOTICE_MS } from '@/domain/upgrade-schedule';
import { browserTimeZone, DateTime } from '@/lib/date-time';
import type { CalendarSite } from '../model/calendar-types';
import type { CalendarView } from '../model/calendar-url-state';
import { mondayOf, weekContaining, weekFromMonday, type CalendarWeek } from '../model/week';
import { AddToCalendarButton } from './add-to-calendar-button';
import { CalendarControls } from './calendar-controls';
import { CalendarLoadError, CalendarSkeleton } from './calendar-states';
import { CalendarViews } from './calendar-views';
import { UnrecognisedSitesAlert } from '@/components/unrecognised-sites-alert';
import { useCalendarData } from './use-calendar-data';
import { useCalendarUrlState } from './use-calendar-url-state';
import { useZoneGroups } from './use-zone-groups';

const VIEW_LABELS: Record<CalendarView, string> = {
  week: 'Week',
  month: 'Month',
  table: 'Table',
  concurrency: 'Concurrency',
};

const NO_SITES: readonly CalendarSite[] = [];

/** Network > Upgrade calendar: when every site's Socket will really upgrade after a release. */
export function UpgradeCalendarPage() {
  const { state, problems, update } = useCalendarUrlState();
  // One "now" per visit: the calendar must not move under the reader every minute.
  // To the minute, like every release instant.
  const [now] = useState(() => DateTime.now().startOf('minute'));
  const [exportError, setExportError] = useState<string>();
  const viewerZone = canonicalTimeZone(browserTimeZone()) ?? browserTimeZone();
  const displayZone = (state.displayZone && canonicalTimeZone(state.displayZone)) ?? viewerZone;
  // Keyed on the instant, so a link update that keeps the release keeps every memo below.
  const releasedMillis = (state.releasedAt ?? now).toMillis();
  const releasedAt = useMemo(() => DateTime.fromMillis(releasedMillis, { zone: 'utc' }), [releasedMillis]);
  const data = useCalendarData();

  // The heavy part follows deferred values: the fields answer at once, the calendar catches up.
  const deferredReleasedAt = useDeferredValue(releasedAt);
  const { siteFilter, countryFilter, zoneFilter } = state;
  const filters = useMemo(
    () => ({ site: siteFilter, country: countryFilter, timeZone: zoneFilter }),
    [siteFilter, countryFilter, zoneFilter],
  );
  const deferredFilters = useDeferredValue(filters);
  const groups = useZoneGroups(
    data.sites ?? NO_SITES,
    data.maintenanceWindow,
    data.freezes,
    deferredReleasedAt,
    deferredFilters,
  );
  const cutoff = useMemo(
    () => deferredReleasedAt.plus({ milliseconds: UPGRADE_NOTICE_MS }),
    [deferredReleasedAt],
  );
  const week: CalendarWeek = useMemo(
    () =>
      (state.week ? weekFromMonday(state.week, displayZone) : undefined) ??
      weekContaining(cutoff, displayZone),
    [state.week, displayZone, cutoff],
  );
  const changeWeek = (next: CalendarWeek, view?: CalendarView) =>
    startTransition(() => update({ week: mondayOf(next), ...(view ? { view } : {}) }));

  return (
    <>
      <PageHeader
        trail={['Network']}
        title="Upgrade calendar"
        actions={
          <AddToCalendarButton
            allGroups={groups.all}
            filteredGroups={groups.filtered ? groups.shown : undefined}
            releasedAt={deferredReleasedAt}
            onError={setExportError}
          />
        }
      />
      {problems.map((problem) => (
        <Alert key={problem} severity="warning" sx={{ mb: 1 }}>
          {problem}
        </Alert>
      ))}
      {exportError && (
        <Alert severity="error" sx={{ mb: 1 }} onClose={() => setExportError(undefined)}>
          {exportError}
        </Alert>
      )}
      <UnrecognisedSitesAlert sites={data.unrecognisedSites} leftOutOf="the calendar" sx={{ mb: 1 }} />
      <CalendarControls
        releasedAt={releasedAt}
        isNow={state.releasedAt === undefined}
        displayZone={displayZone}
        viewerZone={viewerZone}
        releases={data.releases}
        sites={data.sites ?? NO_SITES}
        filters={filters}
        onChange={update}
      />
      {data.error ? (
        <CalendarLoadError error={data.error} onRetry={data.refetch} />
      ) : data.sites === undefined || data.maintenanceWindow === undefined || data.freezes === undefined ? (
        <>
          {data.sites === undefined && (
            <Typography variant="body2" sx={{ mb: 1 }}>
              {data.loadingText}
            </Typography>
          )}
          <CalendarSkeleton />
        </>
      ) : data.windowProblem ? (
        <Alert severity="error">{data.windowProblem}</Alert>
      ) : groups.error ? (
        <Alert severity="error">The upgrade windows could not be worked out: {groups.error}</Alert>
      ) : (
        // Narrower margins on a phone leave the week grid and the month more of the screen.
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
          <Tabs
            value={state.view}
            onChange={(_event, view: CalendarView) => startTransition(() => update({ view }))}
            aria-label="Calendar views"
            // On a phone the four tabs are wider than the screen: they scroll, with arrows.
            variant="scrollable"
            scrollButtons="auto"
            allowScrollButtonsMobile
            sx={{ mb: 2 }}
          >
            {(Object.keys(VIEW_LABELS) as CalendarView[]).map((view) => (
              <Tab
                key={view}
                value={view}
                label={VIEW_LABELS[view]}
                id={`calendar-tab-${view}`}
                aria-controls="calendar-view-panel"
              />
            ))}
          </Tabs>
          <Box role="tabpanel" id="calendar-view-panel" aria-labelledby={`calendar-tab-${state.view}`}>
            <CalendarViews
              view={state.view}
              groups={groups.shown}
              week={week}
              displayZone={displayZone}
              releasedAt={deferredReleasedAt}
              cutoff={cutoff}
              now={now}
              maintenanceWindow={data.maintenanceWindow}
              freezes={data.freezes}
              grouping={state.grouping}
              onGroupingChange={(grouping) => startTransition(() => update({ grouping }))}
              onWeekChange={changeWeek}
            />
          </Box>
        </Paper>
      )}
    </>
  );
}
