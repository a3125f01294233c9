import Typography from '@mui/material/Typography';
import type { NextUpgradeWindow } from '@/domain/upgrade-schedule';
import { explainNextUpgrade } from '@/lib/upgrade-wording';

/**
 * What explains a zone's next upgrade (deferred by the notice, a clock change), in the short
 * labels every screen uses ("Deferred by notice · Shortened by 1 h"): the table stays compact,
 * and the calendar gives the whole sentence.
 */
export function UpgradePreviewNote({ nextUpgrade }: { nextUpgrade: NextUpgradeWindow }) {
  const explanations = explainNextUpgrade(nextUpgrade);
  if (explanations.length === 0) return null;
  return (
    <Typography variant="caption" component="p" color="warning.main">
      {explanations.map((explanation) => explanation.label).join(' · ')}
    </Typography>
  );
}
