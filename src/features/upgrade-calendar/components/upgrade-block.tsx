import ButtonBase from '@mui/material/ButtonBase';
import Tooltip from '@mui/material/Tooltip';
import { alpha, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import type { DateTime } from '@/lib/date-time';
import type { CalendarWeek } from '../model/week';
import { weekFraction } from '../model/week';

export type BlockKind = 'upgrade' | 'clock-change' | 'skipped-by-notice' | 'frozen';

interface UpgradeBlockProps {
  week: CalendarWeek;
  start: DateTime;
  end: DateTime;
  kind: BlockKind;
  /** The sentence a screen reader hears; the tooltip shows the same lines. */
  label: string;
  /** What the tooltip shows on hover and keyboard focus: the same lines as the label. */
  tooltip: ReactNode;
  rovingProps: { tabIndex: number; 'data-roving-index': number; onFocus: () => void };
}

/** A window a freeze held back: a ghost, outlined and hatched in the freeze's colour. */
export function frozenLook(theme: Theme) {
  return {
    border: `2px dotted ${theme.palette.info.main}`,
    background: `repeating-linear-gradient(-45deg, transparent 0 3px, ${alpha(theme.palette.info.main, 0.5)} 3px 6px)`,
  };
}

/** The days a freeze covers, shaded behind the lanes and in the header. */
export function freezeShade(theme: Theme) {
  return {
    background: `repeating-linear-gradient(-45deg, ${alpha(theme.palette.info.main, 0.1)} 0 6px, ${alpha(theme.palette.info.main, 0.22)} 6px 12px)`,
  };
}

/** One window on a lane, placed by instant across the display-zone week. */
export function UpgradeBlock({ week, start, end, kind, label, tooltip, rovingProps }: UpgradeBlockProps) {
  const left = weekFraction(week, start);
  const right = weekFraction(week, end);
  return (
    <Tooltip
      title={tooltip}
      placement="top"
      arrow
      // The button keeps its own name; the open tooltip describes it.
      describeChild
    >
      <ButtonBase
        {...rovingProps}
        aria-label={label}
        sx={(theme) => ({
          position: 'absolute',
          top: 6,
          bottom: 6,
          left: `${left * 100}%`,
          width: `max(6px, ${(right - left) * 100}%)`,
          borderRadius: 0.5,
          ...(kind === 'frozen'
            ? frozenLook(theme)
            : kind === 'skipped-by-notice'
              ? {
                  border: `2px dashed ${theme.palette.text.secondary}`,
                  background: `repeating-linear-gradient(45deg, transparent 0 3px, ${alpha(theme.palette.text.secondary, 0.25)} 3px 6px)`,
                }
              : {
                  bgcolor: kind === 'clock-change' ? 'warning.main' : 'primary.main',
                  border: `2px solid ${kind === 'clock-change' ? theme.palette.warning.dark : theme.palette.primary.dark}`,
                }),
          '&:focus-visible': { outline: `3px solid ${theme.palette.secondary.main}`, outlineOffset: 2 },
        })}
      />
    </Tooltip>
  );
}
