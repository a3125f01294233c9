import useMediaQuery from '@mui/material/useMediaQuery';
import { reducedMotionTheme, theme } from './theme';

/** The console's theme, without motion while the system asks for reduced motion (followed live). */
export function useConsoleTheme() {
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  return reducedMotion ? reducedMotionTheme : theme;
}
