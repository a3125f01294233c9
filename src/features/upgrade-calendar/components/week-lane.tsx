import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { DateTime, formatDay, formatTime } from '@/lib/date-time';
import {
  explainDeferral,
  explainNextUpgrade,
  explainWeekWithoutWindow,
  isClockChange,
  upgradeTimes,
} from '@/lib/upgrade-wording';
import type { WeekLane as WeekLaneModel } from '../model/week-lanes';
import { sitesLabel } from '../model/zone-groups';
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
  const { group, upgradeInWeek, deferredWindow, weekWithoutWindow } = lane;
  const { upgrade, timeZone } = group;
  const times = upgradeTimes(upgrade, displayZone, { countryCode: group.sites[0]?.countryCode });
  const explanations = explainNextUpgrade(upgrade);
  const deferral = deferredWindow && explainDeferral(deferredWindow);
  const who = `${timeZone}, ${sitesLabel(group)}`;
  const markers = new Set(
    upgradeInWeek
      ? explanations
          .filter((explanation) => explanation.kind !== 'week-without-window')
          .map(({ label }) => label)
      : [],
  );
  if (deferral) markers.add(deferral.label);
  const sitesId = `lane-sites-${timeZone.replaceAll('/', '-')}`;
  const upgradeIndex = firstIndex + (deferredWindow ? 1 : 0);

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
            {[...markers].map((marker) => (
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
                  ...(marker !== deferral?.label ? { borderColor: 'warning.main', borderWidth: 2 } : {}),
                }}
              />
            ))}
          </Box>
        </Box>
        <Box sx={{ position: 'relative', flexGrow: 1 }}>
          {deferredWindow && deferral && (
            <UpgradeBlock
              week={week}
              start={deferredWindow.start}
              end={deferredWindow.end}
              kind="skipped-by-notice"
              label={`${who}: ${deferral.sentence} Upgrades ${times.siteTime} instead.`}
              tooltip={
                <TooltipLines lines={[who, deferral.sentence, `Upgrades instead: ${times.siteTime}`]} />
              }
              rovingProps={rovingProps(firstIndex)}
            />
          )}
          {upgradeInWeek && (
            <UpgradeBlock
              week={week}
              start={upgrade.start}
              end={upgrade.end}
              kind={explanations.some(isClockChange) ? 'clock-change' : 'upgrade'}
              label={[
                `${who}: upgrade ${times.siteTime}, ${times.otherTime} in ${displayZone}.`,
                ...explanations.map(({ sentence }) => sentence),
              ].join(' ')}
              tooltip={
                <TooltipLines
                  lines={[
                    who,
                    `Site time: ${times.siteTime}`,
                    `${displayZone}: ${times.otherTime}`,
                    ...explanations.map(({ sentence }) => sentence),
                  ]}
                />
              }
              rovingProps={rovingProps(upgradeIndex)}
            />
          )}
          {weekWithoutWindow && (
            <Typography
              variant="caption"
              sx={{
                position: 'absolute',
                top: 14,
                // At the instant the clock jumped over the slot, as the engine gives it.
                left: `${weekFraction(week, DateTime.fromMillis(weekWithoutWindow.jumpAtMillis)) * 100}%`,
                fontStyle: 'italic',
              }}
            >
              {explainWeekWithoutWindow(weekWithoutWindow).sentence}
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

/** How many focusable blocks a lane holds (for roving indexes). */
export function blocksOf(lane: WeekLaneModel): number {
  return (lane.deferredWindow ? 1 : 0) + (lane.upgradeInWeek ? 1 : 0);
}
