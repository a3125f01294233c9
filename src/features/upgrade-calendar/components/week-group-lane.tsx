import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { memo, useMemo } from 'react';
import { DateTime } from '@/lib/date-time';
import { countOf, SITE, ZONE } from '@/lib/plural';
import { explainDeferral, explainFrozenWindow, movedByFreezeLabels } from '@/lib/upgrade-wording';
import type { LaneBlock } from '../model/lane-windows';
import { weekFraction, type CalendarWeek } from '../model/week';
import type { CountryRow, WaveRow } from '../model/week-rows';
import { groupTitle } from '../model/zone-groups';
import { LaneFreezeBands } from './freeze-bands';
import { UpgradeBlock } from './upgrade-block';
import {
  shortInstant,
  spanIn,
  utcBeside,
  WAVE_CHANGE_LABELS,
  waveChangeSentence,
  zoneNames,
} from './wave-wording';
import { TooltipLines, WeekWithoutWindowNote, type WeekRowContentProps } from './week-lane';
import { WeekRow } from './week-row';
import { WeekRowZones } from './week-row-zones';

/** A wave's or a country's row: its zones and sites (expandable) and its blocks across the week. */
export const WeekGroupLane = memo(function WeekGroupLane({
  row,
  ...props
}: WeekRowContentProps & { row: WaveRow | CountryRow }) {
  const { week, displayZone, rovingProps, firstIndex } = props;
  const title = row.kind === 'wave' ? shortInstant(row.startMillis, displayZone) : row.countryName;
  const zones = row.zones.map(({ lane }) => groupTitle(lane.group));
  const timeZones = useMemo(() => row.zones.map(({ lane }) => lane.group.timeZone), [row.zones]);
  const counts = `${countOf(new Set(timeZones).size, ZONE)} · ${countOf(row.sites, SITE)}`;
  const changes = row.kind === 'wave' ? row.changes : [];
  const skipped = row.blocks.length > 0 && row.blocks.every((block) => block.kind === 'skipped-by-notice');
  const chips = [
    ...new Set([
      ...changes.map((change) => WAVE_CHANGE_LABELS[change.kind]),
      ...row.blocks.flatMap((block) => freezeLabelsOf(block)),
    ]),
    ...(skipped && row.blocks[0]?.windows[0] ? [explainDeferral(row.blocks[0].windows[0].window).label] : []),
  ];
  const detailsId = `${row.kind}-zones-${row.key.replaceAll(/[^A-Za-z0-9]+/g, '-')}`;

  return (
    <WeekRow
      virtual={props}
      expanded={props.expanded}
      onExpandedChange={(open) => props.onToggle(props.rowKey, open)}
      expandLabel={`${props.expanded ? 'Hide' : 'Show'} the time zones and sites of ${row.kind === 'wave' ? `the wave at ${title}` : title}`}
      detailsId={detailsId}
      details={(id) => (
        <WeekRowZones
          id={id}
          zones={row.zones}
          changes={changes.map((change) => waveChangeSentence(change, displayZone))}
          label={row.kind === 'wave' ? `Time zones of the wave at ${title}` : `Time zones of ${title}`}
        />
      )}
      label={
        <>
          {/* The time is what a wave is: on a narrow screen it wraps rather than be cut off. */}
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {row.kind === 'wave' && (
            <Typography variant="caption" component="div">
              {utcBeside(row.startMillis, displayZone)}
            </Typography>
          )}
          <Typography variant="caption" component="div">
            {counts}
          </Typography>
          {row.kind === 'country' && (
            <Typography
              variant="caption"
              color="text.secondary"
              component="div"
              noWrap
              title={zones.join(', ')}
            >
              {zoneNames(zones)}
            </Typography>
          )}
          {chips.map((chip) => (
            <Chip
              key={chip}
              size="small"
              variant="outlined"
              label={chip}
              sx={{
                mr: 0.5,
                mt: 0.25,
                height: 20,
                maxWidth: '100%',
                ...(chips.length > 0 && !skipped ? { borderColor: 'warning.main', borderWidth: 2 } : {}),
              }}
            />
          ))}
        </>
      }
      timeline={
        <>
          <LaneFreezeBands week={week} freezes={props.freezes} timeZones={timeZones} />
          {row.blocks.map((block, index) => (
            <UpgradeBlock
              key={block.startMillis}
              week={week}
              start={DateTime.fromMillis(block.startMillis, { zone: displayZone })}
              end={DateTime.fromMillis(block.endMillis, { zone: displayZone })}
              kind={block.kind}
              {...blockWords(
                row,
                block,
                displayZone,
                changes.map((change) => waveChangeSentence(change, displayZone)),
              )}
              rovingProps={rovingProps(firstIndex + index)}
            />
          ))}
          {row.kind === 'wave' && row.blocks[0] && (
            <BlockCaption week={week} block={row.blocks[0]} text={zoneNames(zones, 4)} />
          )}
          {row.weeksWithoutWindow.map((lane, index) =>
            lane.weekWithoutWindow ? (
              <WeekWithoutWindowNote
                key={lane.group.key}
                week={week}
                weekWithoutWindow={lane.weekWithoutWindow}
                top={4 + index * 18}
              />
            ) : null,
          )}
        </>
      }
    />
  );
});

/** What a block says, aloud and in its tooltip: who, when (in the display zone and UTC), what happens. */
function blockWords(row: WaveRow | CountryRow, block: LaneBlock, displayZone: string, changes: string[]) {
  const zones = block.windows.map(({ lane }) => groupTitle(lane.group));
  const span = spanIn(block.startMillis, block.endMillis, displayZone);
  const who =
    row.kind === 'wave'
      ? `Wave of ${countOf(zones.length, ZONE)}, ${countOf(block.sites, SITE)}`
      : `${row.countryName}, ${countOf(block.sites, SITE)} in ${zoneNames(zones)}`;
  const firstWindow = block.windows[0]?.window;
  // The notice passes over every window opening at one instant, or none of them.
  const deferral =
    block.kind === 'skipped-by-notice' && firstWindow ? explainDeferral(firstWindow) : undefined;
  // Windows of the block a freeze held back, and upgrades a freeze moved into it.
  const freezeNotes = [
    ...new Set(
      block.windows.flatMap(({ window, kind, lane }) =>
        kind === 'frozen'
          ? [explainFrozenWindow(window)?.sentence ?? '']
          : kind === 'skipped-by-notice'
            ? []
            : movedByFreezeLabels(lane.group.upgrade).map((label) => `${label}.`),
      ),
    ),
  ].filter(Boolean);
  const happens = block.kind !== 'skipped-by-notice' && block.kind !== 'frozen';
  // Times shown in UTC already (Etc/UTC, UTC): the UTC line would only repeat them.
  const inUtcToo = span.utc === span.shown ? [] : [span.utc];
  const lines = [
    who,
    `${displayZone}: ${span.shown}`,
    ...inUtcToo.map((utc) => `UTC: ${utc}`),
    ...(row.kind === 'wave' ? [`Time zones: ${zoneNames(zones, 8)}`] : []),
    ...(deferral ? [`${deferral.label}.`] : []),
    ...freezeNotes,
    ...changes,
  ];
  return {
    label: [
      `${who}: ${happens ? 'upgrade' : 'window'} ${[span.shown, ...inUtcToo].join(', ')}.`,
      ...(row.kind === 'wave' ? [`Time zones: ${zoneNames(zones, 8)}.`] : []),
      ...(deferral ? [`${deferral.label}.`] : []),
      ...freezeNotes,
      ...changes,
    ].join(' '),
    tooltip: <TooltipLines lines={lines} />,
  };
}

/** "Year-end freeze" for a window a freeze held back, "Moved by the Year-end freeze" for an upgrade it moved. */
function freezeLabelsOf(block: LaneBlock): string[] {
  return block.windows
    .flatMap(({ window, kind, lane }) =>
      kind === 'frozen'
        ? [explainFrozenWindow(window)?.label ?? '']
        : kind === 'skipped-by-notice'
          ? []
          : movedByFreezeLabels(lane.group.upgrade),
    )
    .filter(Boolean);
}

/**
 * The wave's zones written beside its block, in the empty part of the week (the label column
 * has room for its time and counts only). Said aloud by the block itself, so hidden here.
 */
function BlockCaption({ week, block, text }: { week: CalendarWeek; block: LaneBlock; text: string }) {
  const start = weekFraction(week, DateTime.fromMillis(block.startMillis));
  const end = weekFraction(week, DateTime.fromMillis(block.endMillis));
  const beforeBlock = start > 0.5;
  return (
    <Typography
      aria-hidden
      variant="caption"
      color="text.secondary"
      noWrap
      sx={(theme) => ({
        position: 'absolute',
        // Over the release and cut-off lines, with a halo so they do not strike it through;
        // under the sticky labels.
        zIndex: 2,
        // The scheme's own paper (the theme's CSS variables), in light and dark alike.
        textShadow: `0 0 3px ${(theme.vars ?? theme).palette.background.paper}, 0 0 3px ${(theme.vars ?? theme).palette.background.paper}`,
        top: '50%',
        transform: 'translateY(-50%)',
        maxWidth: `${(beforeBlock ? start : 1 - end) * 100}%`,
        px: 1,
        ...(beforeBlock ? { right: `${(1 - start) * 100}%`, textAlign: 'right' } : { left: `${end * 100}%` }),
      })}
    >
      {text}
    </Typography>
  );
}
