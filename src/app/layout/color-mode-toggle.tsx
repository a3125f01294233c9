import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';

const NEXT_MODE = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABELS = {
  system: 'Color scheme: follows the system',
  light: 'Color scheme: light',
  dark: 'Color scheme: dark',
} as const;

/** Cycles system -> light -> dark; MUI stores the choice and follows the system by default. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon =
    current === 'light'
      ? LightModeOutlined
      : current === 'dark'
        ? DarkModeOutlined
        : SettingsBrightnessOutlined;
  return (
    // A native title rather than MUI's Tooltip: the shell is on every first page, and the
    // tooltip's positioning engine would cost it ~8 kB.
    <IconButton
      color="inherit"
      aria-label={LABELS[current]}
      title={`${LABELS[current]}. Click to change.`}
      onClick={() => setMode(NEXT_MODE[current])}
    >
      <Icon />
    </IconButton>
  );
}
