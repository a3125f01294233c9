import Typography from '@mui/material/Typography';
import { DateTime, formatDay, formatDuration } from '@/lib/date-time';
import type { ClockChangeEffect, ZonePreview } from '../model/upgrade-preview';

function clockChangeText(effect: ClockChangeEffect, timeZone: string): string {
  if (effect.kind === 'no-window') {
    const date = formatDay(DateTime.fromISO(effect.nominalDate, { zone: timeZone }));
    return `No window on ${date}: a clock change skips the whole slot, so these sites wait a week.`;
  }
  const date = formatDay(effect.upgradeWindow.start);
  const by = formatDuration(effect.minutes);
  switch (effect.kind) {
    case 'shortened':
      return `${by} shorter on ${date}: the clock moves forward during the window.`;
    case 'lengthened':
      return `${by} longer on ${date}: the clock moves back during the window.`;
    case 'opened-late':
      return `Opens ${by} late on ${date}: the clock skips the start time.`;
  }
}

/** Why a zone is in the preview, in words: first or last, deferred by the notice, a clock change. */
export function UpgradePreviewNote({
  zonePreview,
  position,
}: {
  zonePreview: ZonePreview;
  position: 'first' | 'last' | undefined;
}) {
  const { nextUpgrade, clockChange, zone } = zonePreview;
  const lines: string[] = [];
  if (position === 'first') lines.push('Upgrades first.');
  if (position === 'last') lines.push('Upgrades last.');
  if (nextUpgrade.deferredByNotice && nextUpgrade.deferredFromDate !== null) {
    const skipped = formatDay(DateTime.fromISO(nextUpgrade.deferredFromDate, { zone: zone.timeZone }));
    lines.push(`Waits a week: the ${skipped} window opens less than 48 hours after the release.`);
  }
  if (clockChange !== null) lines.push(clockChangeText(clockChange, zone.timeZone));
  return (
    <>
      {lines.map((line) => (
        <Typography key={line} variant="body2">
          {line}
        </Typography>
      ))}
    </>
  );
}
