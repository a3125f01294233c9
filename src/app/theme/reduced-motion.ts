import type { ThemeOptions } from '@mui/material/styles';

/** Every transition takes no time: each property is listed with a zero duration, as valid CSS. */
function createInstantTransition(properties: string | string[] = ['all']): string {
  return (Array.isArray(properties) ? properties : [properties])
    .map((property) => `${property} 0ms`)
    .join(',');
}

/**
 * What the theme changes for people whose system asks for reduced motion. MUI's Fade, Grow,
 * Collapse, Slide and Zoom take their timing from these durations (menus and popovers from
 * `getAutoHeightDuration`), so they appear and leave at once rather than only looking still.
 */
export const reducedMotionOptions: ThemeOptions = {
  transitions: {
    create: createInstantTransition,
    duration: {
      shortest: 0,
      shorter: 0,
      short: 0,
      standard: 0,
      complex: 0,
      enteringScreen: 0,
      leavingScreen: 0,
    },
    getAutoHeightDuration: () => 0,
  },
  components: {
    // The ripple grows under the pointer and pulses on focus; a still outline marks focus instead.
    MuiButtonBase: {
      defaultProps: { disableRipple: true },
      styleOverrides: {
        root: { '&.Mui-focusVisible': { outline: '2px solid currentColor', outlineOffset: 2 } },
      },
    },
    MuiSkeleton: { defaultProps: { animation: false } },
  },
};
