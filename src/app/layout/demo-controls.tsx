import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useMe } from '@/api/account/get-me';
import { useDemoScenarios } from '@/features/demo/api/get-demo-scenarios';
import { useResetDemoData } from '@/features/demo/api/reset-demo-data';

/** The strip's height, for the spacers under the fixed top bar. */
export const DEMO_STRIP_HEIGHT = 40;

// Amber with near-black text (over 12:1) in both color schemes: nothing else in the console
// looks like it, so no one mistakes the demo for their network.
const stripColors = { bgcolor: '#ffd54f', color: 'rgba(0, 0, 0, 0.87)' } as const;

/**
 * Only while the mocked backend answers (the dev server and the demo build): a strip across the
 * top bar that says so, with the demo menu.
 */
export function DemoStrip() {
  return (
    <Box
      sx={{
        ...stripColors,
        height: DEMO_STRIP_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: { xs: 2, sm: 3 },
      }}
    >
      <ScienceOutlined fontSize="small" aria-hidden />
      <Typography variant="body2" noWrap sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0 }}>
        {/* The same words, shorter where the strip is narrow, so they are never cut off. */}
        <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
          Demo data – no real backend
        </Box>
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          Demo data – not connected to a real backend
        </Box>
        <Box component="span" sx={{ display: { xs: 'none', md: 'inline' }, fontWeight: 400 }}>
          . What you save stays in this browser; no Socket changes.
        </Box>
      </Typography>
      <DemoMenu />
    </Box>
  );
}

// A full page load with only the query changed: the mocked backend reads its scenarios when it
// starts. The link is relative ("?scenario=viewer") and so stays on this page of this console
// whatever the address is; a path built from the address ("//evil.example/...") could leave it.
const SCENARIO_LINKS = [
  { label: 'Normal account', search: '?scenario=none' },
  { label: 'Viewer role (read-only)', search: '?scenario=viewer' },
  { label: 'Large account (5,000 sites)', search: '?scenario=large' },
  { label: 'Very large account (20,000 sites)', search: '?scenario=very-large' },
  { label: 'Next save fails (500)', search: '?scenario=fail-next-save' },
  { label: 'Next save is offline', search: '?scenario=offline-next-save' },
  { label: 'Another admin saves first', search: '?scenario=conflict-next-save' },
];

function DemoMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const scenarios = useDemoScenarios();
  const me = useMe();
  const reset = useResetDemoData({ onSuccess: () => setAnchor(null) });
  const active = scenarios.data?.scenarios ?? [];
  // Said as the menu says it ("Viewer role (read-only)"), not by the scenario's name in the link.
  const named = active.map(
    (scenario) => SCENARIO_LINKS.find((link) => link.search === `?scenario=${scenario}`)?.label ?? scenario,
  );
  const label = named.length > 0 ? `Demo: ${named.join(', ')}` : 'Demo data';
  // Resetting wipes every administrator's edits: it is theirs to do.
  const mayReset = me.data?.role === 'admin';

  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        size="small"
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'demo-menu' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', flexShrink: 0, bgcolor: 'rgba(255, 255, 255, 0.5)' }}
      >
        {label}
      </Button>
      <Menu id="demo-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {mayReset && (
          <MenuItem onClick={() => reset.mutate()} disabled={reset.isPending}>
            <ListItemText
              primary={reset.isPending ? 'Resetting…' : 'Reset demo data'}
              secondary={reset.isError ? 'Reset failed; try again.' : 'Back to the seeded account'}
            />
          </MenuItem>
        )}
        {mayReset && <Divider />}
        {SCENARIO_LINKS.map((scenario) => (
          <MenuItem key={scenario.search} component="a" href={scenario.search}>
            {scenario.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
