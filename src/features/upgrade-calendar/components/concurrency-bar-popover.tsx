import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import ClickAwayListener from '@mui/material/ClickAwayListener';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Popper from '@mui/material/Popper';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { formatUpgradeWindow } from '@/lib/date-time';
import { countOf, SITE, ZONE } from '@/lib/plural';
import type { ZoneGroup } from '../model/calendar-types';
import type { ConcurrencyBucket } from '../model/concurrency';
import { ConcurrencyZoneList, zoneCountLabel } from './concurrency-zone-list';
import { groupTitle } from '../model/zone-groups';

/** In the preview on hover and focus: the busiest zones, and the first sites of each. */
const PREVIEW_ZONES = 6;
const PREVIEW_SITES = 3;

interface ConcurrencyBarPopoverProps {
  id: string;
  bucket: ConcurrencyBucket;
  displayZone: string;
  anchor: HTMLElement;
  /** Opened by a click or Enter: it stays, and lists every site with a link. */
  pinned: boolean;
  onClose: (options: { returnFocus: boolean }) => void;
  /** True for a click on a bar: the bar's own click handles it. */
  isInsideChart: (target: EventTarget | null) => boolean;
}

/** "1 site: Tokyo Office" / "3 sites: Osaka, Tokyo, Yokohama and 2 more" */
function previewSites(group: ZoneGroup): string {
  const names = group.sites.slice(0, PREVIEW_SITES).map((site) => site.name);
  const rest = group.sites.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest.toLocaleString('en-GB')} more` : names.join(', ');
}

/**
 * Who is upgrading in one hour of the chart. Hover and focus show a preview (the busiest zones
 * and their first sites); a click or Enter pins it, with every zone and site, sites linked.
 */
export function ConcurrencyBarPopover({
  id,
  bucket,
  displayZone,
  anchor,
  pinned,
  onClose,
  isInsideChart,
}: ConcurrencyBarPopoverProps) {
  const titleId = `${id}-title`;
  const hour = formatUpgradeWindow(bucket.start.setZone(displayZone), bucket.end);
  const utc = formatUpgradeWindow(bucket.start.setZone('utc'), bucket.end);
  const singles = bucket.sites - bucket.haSites;
  const busiest = [...bucket.groups].sort((a, b) => b.sites.length - a.sites.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose({ returnFocus: true });
  };

  const content = (
    <Paper
      elevation={8}
      variant="elevation"
      onKeyDown={onKeyDown}
      // Only the pinned list scrolls: it holds links to reach by keyboard. The hover preview is a
      // few zones long; were it to scroll, nothing in it could take the focus to scroll it.
      sx={{ p: 1.5, maxWidth: 440, ...(pinned ? { maxHeight: '60vh', overflowY: 'auto' } : {}) }}
    >
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Typography id={titleId} variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
          {hour}
        </Typography>
        {pinned && (
          <IconButton size="small" aria-label="Close" onClick={() => onClose({ returnFocus: true })}>
            <Close fontSize="small" />
          </IconButton>
        )}
      </Box>
      {utc !== hour && (
        <Typography variant="body2" color="text.secondary">
          {utc}
        </Typography>
      )}
      <Typography variant="body2" sx={{ my: 1 }}>
        {countOf(bucket.sites, SITE)} in their upgrade window in {countOf(bucket.groups.length, ZONE)}:{' '}
        {singles.toLocaleString('en-GB')} single-Socket, {bucket.haSites.toLocaleString('en-GB')} HA.
      </Typography>
      {pinned ? (
        <ConcurrencyZoneList groups={bucket.groups} />
      ) : (
        <>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {busiest.slice(0, PREVIEW_ZONES).map((group) => (
              <Typography component="li" variant="body2" key={group.key}>
                <strong>{groupTitle(group)}</strong> ({zoneCountLabel(group)}): {previewSites(group)}
              </Typography>
            ))}
          </Box>
          {busiest.length > PREVIEW_ZONES && (
            <Typography variant="body2" color="text.secondary">
              and {countOf(busiest.length - PREVIEW_ZONES, ZONE)} more.
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            Click the bar or press Enter to list every site.
          </Typography>
        </>
      )}
    </Paper>
  );

  return (
    <Popper
      // The popper's own element carries the role (it would say "tooltip" otherwise, even pinned).
      id={id}
      role={pinned ? 'region' : 'tooltip'}
      aria-labelledby={titleId}
      open
      anchorEl={anchor}
      placement="top"
      // In the page's order, right after the chart: Tab goes from the bar into a pinned list.
      disablePortal
      modifiers={[
        { name: 'flip', enabled: true },
        { name: 'preventOverflow', options: { padding: 8 } },
      ]}
      sx={{ zIndex: 'tooltip', pointerEvents: pinned ? 'auto' : 'none' }}
    >
      {pinned ? (
        <ClickAwayListener
          onClickAway={(event) => {
            if (!isInsideChart(event.target)) onClose({ returnFocus: false });
          }}
        >
          {content}
        </ClickAwayListener>
      ) : (
        content
      )}
    </Popper>
  );
}
