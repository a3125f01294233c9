import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteSummary } from '@/contract/sites';
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
  const localTime = localTimeText(site.timezone, site.countryCode, now);
  const nextUpgrade = maintenanceWindow
    ? nextUpgradeTexts(maintenanceWindow, site.timezone, site.countryCode, now, viewerTimeZone)
    : undefined;
  const state = site.stateCode ? stateName(site.stateCode) : undefined;
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <Link
          component={RouterLink}
          to={`/network/sites/${encodeURIComponent(site.id)}/general`}
          sx={{ fontWeight: 500 }}
        >
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
        <Typography component="span" {...secondary}>
          {localTime ?? 'Unknown time zone'}
        </Typography>
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
            {maintenanceWindow ? 'Not known for this time zone' : '…'}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
});
