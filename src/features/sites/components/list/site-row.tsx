import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { storedWindowProblem, type MaintenanceWindow } from '@/contract/maintenance-window';
import { isRecognisedTimeZone, type SiteSummary } from '@/contract/sites';
import { countryName, stateName } from '@/domain/places';
import type { DateTime } from '@/lib/date-time';
import { localTimeText, nextUpgradeTexts } from './site-time-texts';

interface SiteRowProps {
  site: SiteSummary;
  maintenanceWindow: MaintenanceWindow | undefined;
  now: DateTime;
  viewerTimeZone: string;
}

const secondary = { variant: 'body2', color: 'text.secondary', sx: { display: 'block' } } as const;

/** One site: its name links to its General page, so a keyboard, a middle-click or a new tab all work. */
// Memoised: while a new page loads, the rows on screen re-render with the same props.
export const SiteRow = memo(function SiteRow({ site, maintenanceWindow, now, viewerTimeZone }: SiteRowProps) {
  const generalPage = `/network/sites/${encodeURIComponent(site.id)}/general`;
  // A zone this browser does not know has no clock and no schedule: say so, and where to fix it.
  const recognised = isRecognisedTimeZone(site.timezone);
  // A window that starts and ends at once has no upgrade time for any site: not this zone's fault.
  const windowUsable =
    maintenanceWindow !== undefined && storedWindowProblem(maintenanceWindow) === undefined;
  const localTime = recognised ? localTimeText(site.timezone, site.countryCode, now) : undefined;
  const nextUpgrade =
    maintenanceWindow && recognised && windowUsable
      ? nextUpgradeTexts(maintenanceWindow, site.timezone, site.countryCode, now, viewerTimeZone)
      : undefined;
  const state = site.stateCode ? stateName(site.stateCode) : undefined;
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <Link component={RouterLink} to={generalPage} sx={{ fontWeight: 500 }}>
          {site.name}
        </Link>
      </TableCell>
      <TableCell>{site.siteType}</TableCell>
      <TableCell>{site.connectionType}</TableCell>
      <TableCell>
        {countryName(site.countryCode) ?? site.countryCode}
        <Typography component="span" {...secondary}>
          {[site.cityName, state].filter(Boolean).join(', ')}
        </Typography>
      </TableCell>
      <TableCell>
        {site.timezone}
        {recognised ? (
          <Typography component="span" {...secondary}>
            {localTime ?? 'Unknown time zone'}
          </Typography>
        ) : (
          <Typography component="span" variant="body2" sx={{ display: 'block' }}>
            Time zone not recognised.{' '}
            <Link component={RouterLink} to={generalPage} aria-label={`Fix the time zone of ${site.name}`}>
              Fix it
            </Link>
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {nextUpgrade ? (
          <>
            {nextUpgrade.siteTime}
            <Typography component="span" {...secondary}>
              {nextUpgrade.viewerTime} your time
            </Typography>
          </>
        ) : (
          <Typography component="span" {...secondary}>
            {!maintenanceWindow
              ? '…'
              : !recognised
                ? 'Needs a recognised time zone'
                : !windowUsable
                  ? 'None: the saved window is not valid'
                  : 'Not known for this time zone'}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
});
