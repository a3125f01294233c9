import { getContrastRatio, type Palette } from '@mui/material/styles';
import TablePagination from '@mui/material/TablePagination';
import { ThemeProvider } from '@mui/material/styles';
import { render, renderHook, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { reducedMotionTheme, theme } from './theme';
import { useConsoleTheme } from './use-console-theme';

function answerReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion: reduce'),
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  }));
}

describe('the theme for people who ask for reduced motion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives every MUI transition no time, so menus, popovers and dialogs appear at once', () => {
    const { transitions } = reducedMotionTheme;
    expect(Object.values(transitions.duration).every((duration) => duration === 0)).toBe(true);
    // Menus and popovers size their Grow by height.
    expect(transitions.getAutoHeightDuration(600)).toBe(0);
    expect(transitions.create(['opacity', 'transform'], { duration: 300, delay: 100 })).toBe(
      'opacity 0ms,transform 0ms',
    );
    expect(reducedMotionTheme.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
    expect(reducedMotionTheme.components?.MuiSkeleton?.defaultProps?.animation).toBe(false);
  });

  it('keeps the motion for everyone else', () => {
    expect(theme.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(theme.transitions.create('opacity')).toMatch(/opacity \d+ms/);
  });

  it('is the one in use while the system asks for reduced motion', () => {
    answerReducedMotion(true);
    expect(renderHook(() => useConsoleTheme()).result.current).toBe(reducedMotionTheme);
    answerReducedMotion(false);
    expect(renderHook(() => useConsoleTheme()).result.current).toBe(theme);
  });
});

describe('the palettes', () => {
  // The built theme holds each scheme's palette; MUI's Theme type does not list them.
  const { light, dark } = (
    theme as unknown as { colorSchemes: Record<'light' | 'dark', { palette: Palette }> }
  ).colorSchemes;

  it('give error texts 4.5:1 on the backgrounds of both color schemes', () => {
    for (const scheme of [light, dark]) {
      const { error, background } = scheme.palette;
      expect(getContrastRatio(error.main, background.paper)).toBeGreaterThanOrEqual(4.5);
      expect(getContrastRatio(error.main, background.default)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('give error texts 4.5:1 on a highlighted cell too (the month view’s notice cut-off)', () => {
    // action.selected over the paper: 8% black over white, 16% white over the dark paper.
    expect(getContrastRatio(light.palette.error.main, '#ebebeb')).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio(dark.palette.error.main, '#3d444c')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the theme for every table', () => {
  it('counts the rows of a page as the console writes numbers', () => {
    render(
      <ThemeProvider theme={theme}>
        <TablePagination component="div" count={5000} page={1} rowsPerPage={50} onPageChange={() => {}} />
      </ThemeProvider>,
    );
    expect(screen.getByText('51–100 of 5,000')).toBeVisible();
  });
});
