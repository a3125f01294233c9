import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { memo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SiteSummary } from '@/contract/sites';
import type { DateTime } from '@/lib/date-time';
import { siteListEntry, type AccountSchedule } from './site-list-entry';
import { upgradeReasons, UpgradeReasonsButton } from './upgrade-reasons';
import { wideScreenOnly, wideScreenOnlyText } from './sites-columns';
import { WindowMarker } from './window-marker';
import { ZoneNotRecognised } from './zone-not-recognised';
import { checkboxCell } from './sites-columns';

interface SiteRowProps {
  site: SiteSummary;
  /** The account's window and freezes; undefined while they load. */
  schedule: AccountSchedule | undefined;
  now: DateTime;
  viewerTimeZone: string;
  selected?: boolean;
  /** Ticks the site for the bulk action; undefined for a viewer (no box). */
  onSelect?: ((site: SiteSummary, checked: boolean) => void) | undefined;
}

/** Secondary words on the same line, shown on wide screens: a dense row stays one line high. */
function Aside({ children }: { children: ReactNode }) {
  return (
    <Box component="span" sx={{ color: 'text.secondary', ...wideScreenOnlyText }}>
      {' · '}
      {children}
    </Box>
  );
}

const noWrap = { whiteSpace: 'nowrap' } as const;

/**
 * A window that crosses midnight names two days ("Sat 5 Dec, 23:00 – Sun 6 Dec, 01:00"): it may
 * break after the dash, and nowhere else, so the rare long one takes two lines, not the column.
 */
function BreakAfterDash({ text }: { text: string }) {
  const [from, to] = text.split(' – ');
  if (to === undefined)
    return (
      <Box component="span" sx={noWrap}>
        {text}
      </Box>
    );
  return (
    <>
      <Box component="span" sx={noWrap}>{`${from} –`}</Box>{' '}
      <Box component="span" sx={noWrap}>
        {to}
      </Box>
    </>
  );
}

/** One site: its name links to its General page, so a keyboard, a middle-click or a new tab all work. */
// Memoised: while a new page loads, the rows on screen re-render with the same props.
export const SiteRow = memo(function SiteRow({
  site,
  schedule,
  now,
  viewerTimeZone,
  selected = false,
  onSelect,
}: SiteRowProps) {
  const entry = siteListEntry(site, schedule, now, viewerTimeZone);
  const { nextUpgrade } = entry;
  return (
    <TableRow hover selected={selected}>
      {onSelect && (
        <TableCell padding="checkbox" sx={checkboxCell}>
          <Checkbox
            size="small"
            checked={selected}
            onChange={(event) => onSelect(site, event.target.checked)}
            slotProps={{ input: { 'aria-label': `Select ${site.name}` } }}
            sx={{ p: 0.25 }}
          />
        </TableCell>
      )}
      {/* Most names fit on one line; a longer one wraps rather than pushing the times off. A site
          with its own window says so under its name: the exceptions stand out, and the table
          keeps its width (the column of times still fits a 1280-pixel screen). */}
      <TableCell component="th" scope="row" sx={{ minWidth: '9.5rem' }}>
        <Link component={RouterLink} to={entry.generalPage} sx={{ fontWeight: 500 }}>
          {site.name}
        </Link>
        {site.upgradeWindow && (
          // On a line of its own: beside the name it would widen the column for every row.
          <Box component="span" sx={{ display: 'block' }}>
            <WindowMarker upgradeWindow={site.upgradeWindow} />
          </Box>
        )}
      </TableCell>
      <TableCell sx={wideScreenOnly}>{site.siteType}</TableCell>
      <TableCell sx={wideScreenOnly}>{site.connectionType}</TableCell>
      {/* Wide enough for "United States of America" on one line; longer names wrap. */}
      <TableCell sx={{ minWidth: '10.5rem' }}>
        {entry.country}
        {entry.city && <Aside>{entry.city}</Aside>}
      </TableCell>
      <TableCell>
        {site.timezone}
        {!entry.recognised && <ZoneNotRecognised siteName={site.name} generalPage={entry.generalPage} />}
      </TableCell>
      <TableCell sx={noWrap}>
        {entry.clock ? (
          <>
            {entry.clock.offset}
            <Aside>{entry.clock.localTime}</Aside>
          </>
        ) : (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            Unknown
          </Box>
        )}
      </TableCell>
      {nextUpgrade ? (
        <>
          <TableCell sx={noWrap}>
            <time dateTime={nextUpgrade.startsAt}>{nextUpgrade.siteTime}</time>
            <UpgradeReasonsButton siteName={site.name} reasons={upgradeReasons(entry)} />
          </TableCell>
          <TableCell>
            <BreakAfterDash text={nextUpgrade.viewerTime} />
          </TableCell>
        </>
      ) : (
        <TableCell colSpan={2} sx={{ color: 'text.secondary' }}>
          {entry.noUpgradeReason}
        </TableCell>
      )}
    </TableRow>
  );
});
