import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';
import { DateTime, formatUpgradeWindow } from '@/lib/date-time';
import { countOf, SITE } from '@/lib/plural';
import type { ReleaseUpgrades, UpgradingZone } from '../model/release-upgrades';
import { UpgradePreviewNote } from './upgrade-preview-note';

/** One window's side of the table: the saved window, the form's, or both. */
export interface PreviewColumn {
  /** "Saved window", "Your change". */
  label: string;
  /** "Sunday, 01:00 – 03:00" */
  windowText: string;
  upgrades: ReleaseUpgrades;
}

interface UpgradePreviewTableProps {
  columns: readonly PreviewColumn[];
  viewerTimeZone: string;
  /** The heading that names the release. */
  labelledBy: string;
}

function Secondary({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary">
      {children}
    </Typography>
  );
}

function inViewerTime(fromMillis: number, untilMillis: number, viewerTimeZone: string): string {
  return formatUpgradeWindow(
    DateTime.fromMillis(fromMillis, { zone: viewerTimeZone }),
    DateTime.fromMillis(untilMillis, { zone: viewerTimeZone }),
  );
}

/** The site that names the zone, its window in its own time, then in the viewer's. */
function ZoneCell({
  upgrading,
  viewerTimeZone,
}: {
  upgrading: UpgradingZone | null;
  viewerTimeZone: string;
}) {
  if (upgrading === null) return <TableCell>—</TableCell>;
  const { zone, nextUpgrade } = upgrading;
  return (
    <TableCell>
      <Typography variant="body2">
        <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
          {zone.exampleSite.name}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary">
          {' · '}
          {countOf(zone.siteCount, SITE)} in {zone.timeZone}
        </Typography>
      </Typography>
      <Typography variant="body2">
        {formatUpgradeWindow(nextUpgrade.start, nextUpgrade.end, {
          countryCode: zone.exampleSite.countryCode,
        })}
      </Typography>
      <Secondary>
        Your time: {inViewerTime(nextUpgrade.startMillis, nextUpgrade.endMillis, viewerTimeZone)}
      </Secondary>
      <UpgradePreviewNote nextUpgrade={nextUpgrade} />
    </TableCell>
  );
}

/**
 * One release, one column per window: the rows are what an administrator weighs before saving
 * (who waits a week, how many sites are down at once, who goes first and last).
 */
export function UpgradePreviewTable({ columns, viewerTimeZone, labelledBy }: UpgradePreviewTableProps) {
  const showLast = columns.some((column) => column.upgrades.last !== null);
  return (
    // Fixed layout: both releases' tables line up, column for column.
    <Table
      size="small"
      aria-labelledby={labelledBy}
      sx={{
        tableLayout: 'fixed',
        // On a phone the columns share the screen (long zone names break) rather than scroll.
        minWidth: { xs: 0, sm: 560 },
        '& td, & th': {
          verticalAlign: 'top',
          overflowWrap: 'anywhere',
          px: { xs: 0.75, sm: 2 },
        },
      }}
    >
      <TableHead>
        <TableRow>
          <TableCell component="td" sx={{ width: { xs: '26%', sm: '20%' } }} />
          {columns.map((column) => (
            <TableCell key={column.label} scope="col">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {column.label}
              </Typography>
              <Secondary>{column.windowText}</Secondary>
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableCell component="th" scope="row">
            Wait a week for the {UPGRADE_NOTICE_HOURS}-hour notice
          </TableCell>
          {columns.map((column) => (
            <TableCell key={column.label}>{countOf(column.upgrades.deferredSiteCount, SITE)}</TableCell>
          ))}
        </TableRow>
        <TableRow>
          <TableCell component="th" scope="row">
            Most sites upgrading at once
          </TableCell>
          {columns.map(({ label, upgrades: { peak } }) => (
            <TableCell key={label}>
              {peak === null ? (
                '—'
              ) : (
                <>
                  <Typography variant="body2">{countOf(peak.count, SITE)}</Typography>
                  <Secondary>{inViewerTime(peak.fromMillis, peak.untilMillis, viewerTimeZone)}</Secondary>
                </>
              )}
            </TableCell>
          ))}
        </TableRow>
        <TableRow>
          <TableCell component="th" scope="row">
            Upgrade first
          </TableCell>
          {columns.map((column) => (
            <ZoneCell key={column.label} upgrading={column.upgrades.first} viewerTimeZone={viewerTimeZone} />
          ))}
        </TableRow>
        {showLast && (
          <TableRow>
            <TableCell component="th" scope="row">
              Upgrade last
            </TableCell>
            {columns.map((column) => (
              <ZoneCell key={column.label} upgrading={column.upgrades.last} viewerTimeZone={viewerTimeZone} />
            ))}
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
