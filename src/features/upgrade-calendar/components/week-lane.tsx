import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatDay, formatTime, formatUpgradeWindow } from '@/lib/date-time';
import { hasClockChange, noteLabel } from '../model/upgrade-notes';
import { describeNote } from '../model/upgrade-notes';
import { describeUpgrade, sitesLabel } from '../model/upgrade-wording';
import type { ZoneGroup } from '../model/calendar-types';
import type { WeekLane as WeekLaneModel } from '../model/week-lanes';
import { weekFraction, type CalendarWeek } from '../model/week';
import { LaneSites } from './lane-sites';
import { UpgradeBlock } from './upgrade-block';

export const LANE_LABEL_WIDTH = 300;

interface WeekLaneProps {
  lane: WeekLaneModel;
  week: CalendarWeek;
  displayZone: string;
  rovingProps: (index: number) => { tabIndex: number; 'data-roving-index': number; onFocus: () => void };
  /** Roving index of this lane's first block. */
  firstIndex: number;
}

/** One zone's row: its sites (expandable), its markers, and its windows across the week. */
export function WeekLane({ lane, week, displayZone, rovingProps, firstIndex }: WeekLaneProps) {
  const [expanded, setExpanded] = useState(false);
  const { group, upgradeInWeek, skippedByNotice, noWindowDate } = lane;
  const { upgrade, timeZone } = group;
  const siteTime = formatUpgradeWindow(upgrade.start, upgrade.end, { withYear: true, withZone: false });
  const displayTime = formatUpgradeWindow(upgrade.start.setZone(displayZone), upgrade.end, {
    withYear: true,
    withZone: false,
  });
  const notes = upgrade.notes.map(describeNote);
  const who = `${timeZone}, ${sitesLabel(group)}`;
  const markers = upgradeInWeek
    ? upgrade.notes.filter((note) => note.kind !== 'no-window-week').map(noteLabel)
    : [];
  if (skippedByNotice) markers.push('Skipped: under 48 h after the release');
  const sitesId = `lane-sites-${timeZone.replaceAll('/', '-')}`;
  const upgradeIndex = firstIndex + (skippedByNotice ? 1 : 0);

  return (
    <Box role="listitem" sx={{ borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', minHeight: 48 }}>
        <Box
          sx={{
            width: LANE_LABEL_WIDTH,
            flexShrink: 0,
            display: 'flex',
            alignItems: 'flex-start',
            gap: 0.5,
            py: 0.5,
            pr: 1,
          }}
        >
          <IconButton
            size="small"
            aria-expanded={expanded}
            aria-controls={expanded ? sitesId : undefined}
            aria-label={`${expanded ? 'Hide' : 'Show'} the sites in ${timeZone}`}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? <ExpandLess /> : <ExpandMore />}
          </IconButton>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap title={timeZone}>
              {timeZone}
            </Typography>
            <Typography variant="caption" component="div" noWrap title={sitesLabel(group)}>
              {sitesLabel(group)}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {upgradeInWeek
                ? `${upgrade.start.setLocale('en-GB').toFormat('ccc d LLL')}, ${formatTime(upgrade.start)} – ${formatTime(upgrade.end)} site time`
                : `Upgrades ${formatDay(upgrade.start)}`}
            </Typography>
            {markers.map((marker) => (
              <Chip
                key={marker}
                size="small"
                variant="outlined"
                label={marker}
                // The border carries the colour; the text keeps full contrast.
                sx={{
                  mr: 0.5,
                  mt: 0.25,
                  height: 20,
                  ...(isClockChangeMarker(marker) ? { borderColor: 'warning.main', borderWidth: 2 } : {}),
                }}
              />
            ))}
          </Box>
        </Box>
        <Box sx={{ position: 'relative', flexGrow: 1 }}>
          {skippedByNotice && (
            <UpgradeBlock
              week={week}
              start={skippedByNotice.start}
              end={skippedByNotice.end}
              kind="skipped-by-notice"
              label={`${who}: window of ${formatDay(skippedByNotice.start)} skipped, it opens less than 48 hours after the release. Upgrades ${siteTime} site time instead.`}
              tooltip={
                <TooltipLines
                  lines={[
                    who,
                    `Skipped: ${formatDay(skippedByNotice.start)}, ${formatTime(skippedByNotice.start)} site time opens less than 48 hours after the release.`,
                    `Upgrades instead: ${siteTime} site time`,
                  ]}
                />
              }
              rovingProps={rovingProps(firstIndex)}
            />
          )}
          {upgradeInWeek && (
            <UpgradeBlock
              week={week}
              start={upgrade.start}
              end={upgrade.end}
              kind={hasClockChange(upgrade) ? 'clock-change' : 'upgrade'}
              label={[
                `${who}: upgrade ${siteTime} site time`,
                `${displayTime} in ${displayZone}`,
                ...notes,
              ].join('. ')}
              tooltip={<UpgradeTooltip group={group} who={who} displayZone={displayZone} />}
              rovingProps={rovingProps(upgradeIndex)}
            />
          )}
          {noWindowDate && (
            <Typography
              variant="caption"
              sx={{
                position: 'absolute',
                top: 14,
                left: `${weekFraction(week, noWindowDate.setZone(timeZone, { keepLocalTime: true }).setZone(week.start.zone)) * 100}%`,
                fontStyle: 'italic',
              }}
            >
              No window on {formatDay(noWindowDate)}: the site&apos;s clock skips the slot
            </Typography>
          )}
        </Box>
      </Box>
      {expanded && <LaneSites id={sitesId} sites={group.sites} />}
    </Box>
  );
}

function TooltipLines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <Typography key={index} variant="body2" sx={{ fontWeight: index === 0 ? 600 : 400 }}>
      {line}
    </Typography>
  ));
}

/** Site time and display time with their zone names ("JST", "BST → GMT"). */
function UpgradeTooltip({ group, who, displayZone }: { group: ZoneGroup; who: string; displayZone: string }) {
  const wording = describeUpgrade(group, displayZone);
  return (
    <TooltipLines
      lines={[
        who,
        `Site time: ${wording.siteTime}`,
        `${displayZone}: ${wording.displayTime}`,
        ...wording.notes,
      ]}
    />
  );
}

function isClockChangeMarker(marker: string): boolean {
  return !marker.startsWith('Skipped') && !marker.startsWith('Deferred');
}

/** How many focusable blocks a lane holds (for roving indexes). */
export function blocksOf(lane: WeekLaneModel): number {
  return (lane.skippedByNotice ? 1 : 0) + (lane.upgradeInWeek ? 1 : 0);
}
