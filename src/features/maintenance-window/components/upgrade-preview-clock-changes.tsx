import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { countOf, SITE, ZONE } from '@/lib/plural';
import { explainClockChange, explainWeekWithoutWindow } from '@/lib/upgrade-wording';
import {
  PREVIEW_HORIZON_WEEKS,
  type ClockChangeEffect,
  type ClockChangesAhead,
} from '../model/clock-changes-ahead';
import { PreviewHeading } from './upgrade-preview-release';

function sentenceOf(effect: ClockChangeEffect): string {
  const explanations =
    effect.kind === 'no-window'
      ? [explainWeekWithoutWindow(effect.weekWithoutWindow)]
      : explainClockChange(effect.upgradeWindow);
  return explanations.map((explanation) => explanation.sentence).join(' ');
}

function countText(clockChanges: ClockChangesAhead): string {
  if (clockChanges.siteCount === 0) return 'None';
  return `${countOf(clockChanges.siteCount, SITE)} in ${countOf(clockChanges.zoneCount, ZONE)}`;
}

interface UpgradePreviewClockChangesProps {
  /** Each window's clock changes: the saved window's and, once changed, the form's. */
  sides: readonly { label: string; clockChanges: ClockChangesAhead }[];
}

/**
 * The sites whose window a clock change shortens, lengthens, opens late or removes in the coming
 * weeks, counted for each window, with one example of each kind for the window the form holds.
 */
export function UpgradePreviewClockChanges({ sides }: UpgradePreviewClockChangesProps) {
  const headingId = useId();
  const shown = sides.at(-1)?.clockChanges;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <PreviewHeading id={headingId} title={`Clock changes in the next ${PREVIEW_HORIZON_WEEKS} weeks`} />
      <Typography variant="body2" color="text.secondary">
        Sites whose window a clock change shortens, lengthens, opens late or removes:
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 0.5,
          display: 'grid',
          gridTemplateColumns: 'max-content 1fr',
          columnGap: 2,
          rowGap: 0.25,
        }}
      >
        {sides.map(({ label, clockChanges }) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
              {label}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              {countText(clockChanges)}
            </Typography>
          </Box>
        ))}
      </Box>
      {shown !== undefined && shown.examples.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
          {shown.examples.map(({ zone, effect }) => (
            <Typography component="li" variant="body2" key={effect.kind}>
              <strong>{zone.exampleSite.name}</strong> ({countOf(zone.siteCount, SITE)} in {zone.timeZone}):{' '}
              {sentenceOf(effect)}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
}
