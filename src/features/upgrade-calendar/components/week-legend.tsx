import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';
import { freezeShade, frozenLook } from './upgrade-block';

const swatch = {
  width: 20,
  height: 12,
  borderRadius: 0.5,
  display: 'inline-block',
  mr: 0.75,
  verticalAlign: 'middle',
} as const;

/** What the colours and lines of the week view mean. */
export function WeekLegend() {
  return (
    <Box
      component="ul"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, mt: 1.5, mb: 0 }}
      aria-label="Legend"
    >
      <Typography component="li" variant="caption">
        <Box component="span" sx={{ ...swatch, bgcolor: 'primary.main' }} />
        Upgrade window
      </Typography>
      <Typography component="li" variant="caption">
        <Box component="span" sx={{ ...swatch, bgcolor: 'warning.main' }} />
        Changed by a clock change (shorter, longer or opens late)
      </Typography>
      <Typography component="li" variant="caption">
        <Box
          component="span"
          sx={(theme) => ({
            ...swatch,
            border: `2px dashed ${theme.palette.text.secondary}`,
            background: `repeating-linear-gradient(45deg, transparent 0 3px, ${alpha(theme.palette.text.secondary, 0.25)} 3px 6px)`,
          })}
        />
        Skipped: opens under {UPGRADE_NOTICE_HOURS} hours after the release (the site waits a week)
      </Typography>
      <Typography component="li" variant="caption">
        <Box component="span" sx={(theme) => ({ ...swatch, ...frozenLook(theme) })} />
        Held back by a freeze: no upgrade in that window
      </Typography>
      <Typography component="li" variant="caption">
        <Box component="span" sx={(theme) => ({ ...swatch, ...freezeShade(theme) })} />
        Frozen days, on each site&apos;s own dates
      </Typography>
      <Typography component="li" variant="caption">
        <Box
          component="span"
          sx={{ ...swatch, width: 0, height: 14, borderLeft: '2px solid', borderColor: 'secondary.main' }}
        />
        Release
      </Typography>
      <Typography component="li" variant="caption">
        <Box
          component="span"
          sx={{ ...swatch, width: 0, height: 14, borderLeft: '2px dashed', borderColor: 'error.main' }}
        />
        {UPGRADE_NOTICE_HOURS}-hour notice cut-off
      </Typography>
    </Box>
  );
}
