import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { SiteListEntry } from './site-list-entry';

/** What explains a site's next upgrade: its own window, then the engine's notes (notice, freezes, clock changes). */
export function upgradeReasons({
  ownWindow,
  nextUpgrade,
}: Pick<SiteListEntry, 'ownWindow' | 'nextUpgrade'>): string[] {
  return [...(ownWindow ? [`Its own window: ${ownWindow}.`] : []), ...(nextUpgrade?.notes ?? [])];
}

/**
 * A small button beside a dense row's upgrade time, for what explains it: the tooltip shows on
 * hover and on keyboard focus, and describes the button to a screen reader.
 */
export function UpgradeReasonsButton({
  siteName,
  reasons,
}: {
  siteName: string;
  reasons: readonly string[];
}) {
  if (reasons.length === 0) return null;
  return (
    <Tooltip
      describeChild
      title={
        <Box component="span" sx={{ display: 'grid', gap: 0.5 }}>
          {reasons.map((reason) => (
            <span key={reason}>{reason}</span>
          ))}
        </Box>
      }
    >
      <IconButton
        size="small"
        aria-label={`Why this window for ${siteName}`}
        sx={{ p: 0, ml: 0.5, verticalAlign: 'text-bottom' }}
      >
        <InfoOutlined sx={{ fontSize: '1rem' }} />
      </IconButton>
    </Tooltip>
  );
}
