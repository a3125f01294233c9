import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { UpgradeFreeze, WeekWithoutWindow } from '@/domain/upgrade-schedule';
import { DateTime, formatDay, formatTime } from '@/lib/date-time';
import {
  explainDeferral,
  explainFrozenWindow,
  explainNextUpgrade,
  explainWeekWithoutWindow,
  isClockChange,
  movedByFreezeLabels,
  upgradeTimes,
} from '@/lib/upgrade-wording';
import type { WeekLane as WeekLaneModel } from '../model/week-lanes';
import { groupTitle, ownWindowText, sitesLabel } from '../model/zone-groups';
import { LaneFreezeBands } from './freeze-bands';
import { weekFraction, type CalendarWeek } from '../model/week';
import { LaneSites } from './lane-sites';
import { UpgradeBlock } from './upgrade-block';
import { WeekRow, type VirtualRowProps } from './week-row';

export type RovingProps = (index: number) => {
  tabIndex: number;
  'data-roving-index': number;
  onFocus: () => void;
};

/**
 * What the grid gives every row: flat values and functions that keep their identity, so a row
 * re-renders only when its own data, place or state changes, not on every scroll of the list.
 */
export interface WeekRowContentProps extends VirtualRowProps {
  rowKey: string;
  week: CalendarWeek;
  displayZone: string;
  /** The account's freezes: each lane shades its zones' frozen days. */
  freezes: readonly UpgradeFreeze[];
  rovingProps: RovingProps;
  /** Roving index of this row's first block. */
  firstIndex: number;
  expanded: boolean;
  onToggle: (rowKey: string, open: boolean) => void;
}

/** One zone's row: its sites (expandable), its markers, and its windows across the week. */
export const WeekLane = memo(function WeekLane({
  lane,
  ...props
}: WeekRowContentProps & { lane: WeekLaneModel }) {
  const { week, displayZone, rovingProps, firstIndex } = props;
  const { group, upgradeInWeek, deferredWindow, weekWithoutWindow, frozenWindows } = lane;
  const { upgrade, timeZone } = group;
  const times = upgradeTimes(upgrade, displayZone, { countryCode: group.sites[0]?.countryCode });
  const explanations = explainNextUpgrade(upgrade);
  const deferral = deferredWindow && explainDeferral(deferredWindow);
  const movedBy = movedByFreezeLabels(upgrade);
  const frozen = frozenWindows.flatMap((window) => {
    const explanation = explainFrozenWindow(window);
    return explanation ? [{ window, explanation }] : [];
  });
  const title = groupTitle(group);
  const ownWindow = ownWindowText(group);
  const who = `${title}, ${sitesLabel(group)}`;
  const markers = new Set(
    upgradeInWeek
      ? [
          ...explanations
            // A freeze that moved the upgrade says so as "Moved by ...".
            .filter(
              (explanation) => explanation.kind !== 'week-without-window' && explanation.kind !== 'frozen',
            )
            .map(({ label }) => label),
          ...movedBy,
        ]
      : [],
  );
  if (deferral) markers.add(deferral.label);
  for (const { explanation } of frozen) markers.add(explanation.label);
  const sitesId = `lane-sites-${group.key.replaceAll(/[^A-Za-z0-9]+/g, '-')}`;
  const frozenIndex = firstIndex + (deferredWindow ? 1 : 0);
  const upgradeIndex = frozenIndex + frozen.length;

  return (
    <WeekRow
      virtual={props}
      expanded={props.expanded}
      onExpandedChange={(open) => props.onToggle(props.rowKey, open)}
      expandLabel={`${props.expanded ? 'Hide' : 'Show'} the sites in ${title}`}
      detailsId={sitesId}
      details={(id) => <LaneSites id={id} sites={group.sites} />}
      label={
        <>
          <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap title={timeZone}>
            {timeZone}
          </Typography>
          {ownWindow && (
            <Typography variant="caption" component="div" noWrap title={ownWindow} sx={{ fontWeight: 600 }}>
              {ownWindow}
            </Typography>
          )}
          <Typography variant="caption" component="div" noWrap title={sitesLabel(group)}>
            {sitesLabel(group)}
          </Typography>
          {/* The one line that may wrap: on a phone's narrow label column, the time is the point. */}
          <Typography variant="caption" color="text.secondary" component="div">
            {upgradeInWeek
              ? `${formatDay(upgrade.start, { short: true })}, ${formatTime(upgrade.start)} – ${formatTime(upgrade.end)} site time`
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
                maxWidth: '100%',
                ...(marker !== deferral?.label ? { borderColor: 'warning.main', borderWidth: 2 } : {}),
              }}
            />
          ))}
        </>
      }
      timeline={
        <>
          <LaneFreezeBands week={week} freezes={props.freezes} timeZones={[timeZone]} />
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
          {frozen.map(({ window, explanation }, index) => (
            <UpgradeBlock
              key={window.startMillis}
              week={week}
              start={window.start}
              end={window.end}
              kind="frozen"
              label={`${who}: ${explanation.sentence} Upgrades ${times.siteTime} instead.`}
              tooltip={
                <TooltipLines lines={[who, explanation.sentence, `Upgrades instead: ${times.siteTime}`]} />
              }
              rovingProps={rovingProps(frozenIndex + index)}
            />
          ))}
          {upgradeInWeek && (
            <UpgradeBlock
              week={week}
              start={upgrade.start}
              end={upgrade.end}
              kind={explanations.some(isClockChange) ? 'clock-change' : 'upgrade'}
              label={[
                `${who}: upgrade ${times.siteTime}, ${times.otherTime} in ${displayZone}.`,
                ...movedBy.map((label) => `${label}.`),
                ...explanations.map(({ sentence }) => sentence),
              ].join(' ')}
              tooltip={
                <TooltipLines
                  lines={[
                    who,
                    `Site time: ${times.siteTime}`,
                    `${displayZone}: ${times.otherTime}`,
                    ...movedBy,
                    ...explanations.map(({ sentence }) => sentence),
                  ]}
                />
              }
              rovingProps={rovingProps(upgradeIndex)}
            />
          )}
          {weekWithoutWindow && <WeekWithoutWindowNote week={week} weekWithoutWindow={weekWithoutWindow} />}
        </>
      }
    />
  );
});

/** "No window on ...", at the instant the clock jumped over the slot, as the engine gives it. */
export function WeekWithoutWindowNote({
  week,
  weekWithoutWindow,
  top = 14,
}: {
  week: CalendarWeek;
  weekWithoutWindow: WeekWithoutWindow;
  top?: number;
}) {
  return (
    <Typography
      variant="caption"
      sx={{
        position: 'absolute',
        top,
        left: `${weekFraction(week, DateTime.fromMillis(weekWithoutWindow.jumpAtMillis)) * 100}%`,
        fontStyle: 'italic',
        whiteSpace: 'nowrap',
      }}
    >
      {explainWeekWithoutWindow(weekWithoutWindow).sentence}
    </Typography>
  );
}

export function TooltipLines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => (
    <Typography key={index} variant="body2" sx={{ fontWeight: index === 0 ? 600 : 400 }}>
      {line}
    </Typography>
  ));
}
