import Typography from '@mui/material/Typography';
import {
  explainClockChange,
  explainNextUpgrade,
  explainWeekWithoutWindow,
  type Explanation,
} from '@/lib/upgrade-wording';
import type { ClockChangeEffect, ZonePreview } from '../model/upgrade-preview';

function clockChangeExplanations(effect: ClockChangeEffect): Explanation[] {
  return effect.kind === 'no-window'
    ? [explainWeekWithoutWindow(effect.weekWithoutWindow)]
    : explainClockChange(effect.upgradeWindow);
}

/** Why a zone is in the preview, in words: first or last, deferred by the notice, a clock change. */
export function UpgradePreviewNote({
  zonePreview,
  position,
}: {
  zonePreview: ZonePreview;
  position: 'first' | 'last' | undefined;
}) {
  const { nextUpgrade, clockChange } = zonePreview;
  const lines: string[] = [];
  if (position === 'first') lines.push('Upgrades first.');
  if (position === 'last') lines.push('Upgrades last.');
  const explanations = explainNextUpgrade(nextUpgrade);
  // The coming weeks' clock change, unless it is the next upgrade's own and so already said.
  for (const explanation of clockChange === null ? [] : clockChangeExplanations(clockChange)) {
    if (!explanations.some((said) => said.sentence === explanation.sentence)) explanations.push(explanation);
  }
  lines.push(...explanations.map((explanation) => explanation.sentence));
  return (
    <>
      {lines.map((line) => (
        <Typography key={line} variant="body2">
          {line}
        </Typography>
      ))}
    </>
  );
}
