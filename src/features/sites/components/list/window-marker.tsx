import Box from '@mui/material/Box';
import type { SiteWindow } from '@/contract/site-window';
import { shortWindowText } from '../../upgrade/window-text';

/**
 * A site's own window, framed: "Own: Tue 02:00 – 04:00". Sites that follow the account's window
 * carry no mark, so the exceptions are seen at a glance.
 */
export function WindowMarker({ upgradeWindow }: { upgradeWindow: NonNullable<SiteWindow> }) {
  return (
    <Box
      component="span"
      sx={{
        px: 0.75,
        py: 0.125,
        border: 1,
        borderColor: 'primary.main',
        borderRadius: 1,
        color: 'primary.main',
        fontWeight: 500,
        whiteSpace: 'nowrap',
        display: 'inline-block',
        lineHeight: 1.3,
        fontSize: '0.75rem',
      }}
    >
      Own: {shortWindowText(upgradeWindow)}
    </Box>
  );
}
