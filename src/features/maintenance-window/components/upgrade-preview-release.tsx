import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { explainFrozenSites } from '@/lib/upgrade-wording';
import { describeShifts } from '../model/comparison-wording';
import type { UpgradeShifts } from '../model/upgrade-shifts';
import { UpgradePreviewTable, type PreviewColumn } from './upgrade-preview-table';

interface UpgradePreviewReleaseProps {
  /** "If a Socket version were released now" */
  title: string;
  /** When the release is, in the viewer's time. */
  subtitle: string;
  /** Null while nothing is changed: then the table shows the saved window alone. */
  shifts: UpgradeShifts | null;
  columns: readonly PreviewColumn[];
  viewerTimeZone: string;
}

/** One release: how the change moves every site's upgrade, in a sentence, then the table. */
export function UpgradePreviewRelease({
  title,
  subtitle,
  shifts,
  columns,
  viewerTimeZone,
}: UpgradePreviewReleaseProps) {
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 2 }}>
      <PreviewHeading id={headingId} title={title} subtitle={subtitle} />
      {shifts !== null && (
        <Typography variant="body1" sx={{ fontWeight: 500, my: 0.5 }}>
          {describeShifts(shifts)}
        </Typography>
      )}
      {columns.map(({ label, upgrades }) =>
        upgrades.frozenSiteCount === 0 ? null : (
          <Typography key={label} variant="body2" sx={{ my: 0.5 }}>
            {columns.length > 1 && `${label}: `}
            {explainFrozenSites(upgrades.frozenSiteCount, upgrades.frozenBy)}
          </Typography>
        ),
      )}
      {/* Focusable: on a phone the table scrolls sideways, and a keyboard must reach it too. */}
      <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-labelledby={headingId}>
        <UpgradePreviewTable columns={columns} viewerTimeZone={viewerTimeZone} labelledBy={headingId} />
      </Box>
    </Box>
  );
}

/** A part of the preview: "If a Socket version were released now · Tuesday 1 December, 13:21 your time" */
export function PreviewHeading({
  id,
  title,
  subtitle,
}: {
  id?: string;
  title: string;
  subtitle?: ReactNode;
}) {
  return (
    <Typography variant="subtitle1" component="h4" id={id} sx={{ fontWeight: 600 }}>
      {title}
      {subtitle !== undefined && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' · '}
          {subtitle}
        </Typography>
      )}
    </Typography>
  );
}
