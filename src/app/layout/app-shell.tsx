import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import { Link as RouterLink, Outlet, useNavigation } from 'react-router';
import { ColorModeToggle } from './color-mode-toggle';
import { DEMO_STRIP_HEIGHT, DemoStrip } from './demo-controls';
import { NavigationMenu } from './navigation-menu';
import { OfflineNotice } from './offline-notice';
import { SignedInUser } from './signed-in-user';
import { UnreadableSavedDataNotice } from './unreadable-saved-data-notice';

const DRAWER_WIDTH = 232;

// vite.config.ts writes VITE_ENABLE_MOCKS into the code as a literal: tested here (not through a
// variable) the demo strip and its notice fold away, and a production build holds none of them.
const MOCKED_BACKEND = import.meta.env.VITE_ENABLE_MOCKS === 'true';

/** Under the fixed top bar: as tall as it is, demo strip included. */
function TopBarSpacer() {
  return (
    <>
      <Toolbar />
      {MOCKED_BACKEND && <Box sx={{ height: DEMO_STRIP_HEIGHT }} />}
    </>
  );
}

export function AppShell() {
  const isWide = useMediaQuery((theme) => theme.breakpoints.up('md'), { noSsr: true });
  const [menuOpen, setMenuOpen] = useState(false);
  const navigation = useNavigation();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <a href="#main-content" className="skip-link">
        Skip to content
      </a>
      <AppBar position="fixed" color="primary" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          {!isWide && (
            <IconButton
              color="inherit"
              edge="start"
              aria-label="Open the main menu"
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(true)}
              sx={{ mr: 1 }}
            >
              <MenuIcon />
            </IconButton>
          )}
          <Typography
            variant="h6"
            component={RouterLink}
            to="/"
            noWrap
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 600, flexGrow: 1, minWidth: 0 }}
          >
            {/* On a phone the bar also holds the menu, theme and account buttons: the short name. */}
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              Socket{' '}
            </Box>
            Upgrade Console
          </Typography>
          <ColorModeToggle />
          <SignedInUser />
        </Toolbar>
        {MOCKED_BACKEND && <DemoStrip />}
        {navigation.state === 'loading' && (
          <LinearProgress
            color="secondary"
            aria-label="Loading the page"
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
      </AppBar>
      <Drawer
        variant={isWide ? 'permanent' : 'temporary'}
        open={isWide || menuOpen}
        onClose={() => setMenuOpen(false)}
        // On a narrow screen the menu opens over the page as a dialog, which needs a name.
        slotProps={isWide ? undefined : { paper: { 'aria-label': 'Main menu' } }}
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <TopBarSpacer />
        <NavigationMenu onNavigate={() => setMenuOpen(false)} />
      </Drawer>
      <Box
        component="main"
        id="main-content"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, md: 3 }, outline: 'none' }}
      >
        <TopBarSpacer />
        <OfflineNotice />
        {MOCKED_BACKEND && <UnreadableSavedDataNotice />}
        <Outlet />
      </Box>
    </Box>
  );
}
