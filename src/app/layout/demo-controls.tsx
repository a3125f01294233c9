import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useDemoScenarios } from '@/features/demo/api/get-demo-scenarios';
import { useResetDemoData } from '@/features/demo/api/reset-demo-data';
import { env } from '@/lib/env';

/** Only on the mocked backend: which demo scenarios are on, and a way back to the seed data. */
export function DemoControls() {
  if (!env.mocksEnabled) return null;
  return <DemoMenu />;
}

const SCENARIO_LINKS = [
  { label: 'Normal account', search: '?scenario=none' },
  { label: 'Viewer role (read-only)', search: '?scenario=viewer' },
  { label: 'Large account (5,000 sites)', search: '?scenario=large' },
  { label: 'Next save fails (500)', search: '?scenario=fail-next-save' },
  { label: 'Next save is offline', search: '?scenario=offline-next-save' },
  { label: 'Another admin saves first', search: '?scenario=conflict-next-save' },
];

function DemoMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const scenarios = useDemoScenarios();
  const reset = useResetDemoData({ onSuccess: () => setAnchor(null) });
  const active = scenarios.data?.scenarios ?? [];
  const label = active.length > 0 ? `Demo: ${active.join(', ')}` : 'Demo data';

  return (
    <>
      <Button
        color="inherit"
        startIcon={<ScienceOutlined />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? 'demo-menu' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ mr: 1, textTransform: 'none' }}
      >
        {label}
      </Button>
      <Menu id="demo-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => reset.mutate()} disabled={reset.isPending}>
          <ListItemText
            primary={reset.isPending ? 'Resetting…' : 'Reset demo data'}
            secondary={reset.isError ? 'Reset failed; try again.' : 'Back to the seeded account'}
          />
        </MenuItem>
        <Divider />
        {SCENARIO_LINKS.map((scenario) => (
          // A full page load: the mocked backend reads its scenarios when it starts.
          <MenuItem
            key={scenario.search}
            component="a"
            href={`${window.location.pathname}${scenario.search}`}
          >
            {scenario.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
