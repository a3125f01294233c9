import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { memo } from 'react';
import type { SocketRelease } from '@/contract/socket-releases';
import { formatDay, formatTime, type DateTime } from '@/lib/date-time';
import type { CalendarSite } from '../model/calendar-types';
import type { CalendarUrlState } from '../model/calendar-url-state';
import type { SiteFilters } from '../model/site-filters';
import { CalendarSettingsSheet } from './calendar-settings-sheet';
import { DisplayZoneField } from './display-zone-field';
import { ReleasedAtField } from './released-at-field';
import { SiteFilterFields } from './site-filter-fields';
import { fieldRowSx } from './field-row-sx';

interface CalendarControlsProps {
  releasedAt: DateTime;
  isNow: boolean;
  displayZone: string;
  viewerZone: string;
  releases: readonly SocketRelease[] | undefined;
  sites: readonly CalendarSite[];
  filters: SiteFilters;
  onChange: (change: Partial<CalendarUrlState>, options?: { replace?: boolean }) => void;
}

/**
 * What the calendar shows: after which release, in which zone, for which sites. Memoised: moving
 * the week or the view leaves every prop as it was, and the fields need not render again.
 */
export const CalendarControls = memo(function CalendarControls(props: CalendarControlsProps) {
  const { releasedAt, isNow, displayZone, viewerZone, releases, sites, filters, onChange } = props;
  // A phone: the fields move into a sheet, the page keeps a line saying what they hold.
  // (The theme through useTheme: MUI's default one where no provider is, as in unit tests.)
  const compact = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const fields = (
    <>
      <Box sx={{ ...fieldRowSx, alignItems: { xs: 'stretch', sm: 'flex-start' } }}>
        <ReleasedAtField
          releasedAt={releasedAt}
          isNow={isNow}
          displayZone={displayZone}
          releases={releases}
          // A new release moves the calendar to its own cut-off week.
          onChange={(next) => onChange({ releasedAt: next, week: undefined })}
        />
        <DisplayZoneField
          displayZone={displayZone}
          viewerZone={viewerZone}
          onChange={(zone) => onChange({ displayZone: zone, week: undefined })}
        />
      </Box>
      <SiteFilterFields
        sites={sites}
        filters={filters}
        onChange={(change) =>
          onChange(
            {
              ...('site' in change ? { siteFilter: change.site ?? '' } : {}),
              ...('country' in change ? { countryFilter: change.country } : {}),
              ...('timeZone' in change ? { zoneFilter: change.timeZone } : {}),
            },
            { replace: true },
          )
        }
      />
    </>
  );
  const shownRelease = releasedAt.setZone(displayZone);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, mb: 2, display: 'flex', flexDirection: 'column', gap: 2 }}
      component="section"
      aria-label="Calendar settings"
    >
      {compact ? (
        <CalendarSettingsSheet
          summary={
            isNow
              ? `Released now, times in ${displayZone}`
              : `Released ${formatDay(shownRelease, { withYear: true })} ${formatTime(shownRelease)}, times in ${displayZone}`
          }
          activeFilters={[filters.site.trim(), filters.country, filters.timeZone].filter(Boolean).length}
          onClearFilters={() =>
            onChange({ siteFilter: '', countryFilter: undefined, zoneFilter: undefined }, { replace: true })
          }
        >
          {fields}
        </CalendarSettingsSheet>
      ) : (
        fields
      )}
    </Paper>
  );
});
