import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { formatUpgradeWindow } from '@/lib/date-time';
import { countOf, SITE } from '@/lib/plural';
import { explainDeferral, explainFrozenWindow, explainNextUpgrade } from '@/lib/upgrade-wording';
import type { LaneWindow } from '../model/lane-windows';
import type { RowZone } from '../model/week-rows';
import { groupTitle } from '../model/zone-groups';
import { LaneSites } from './lane-sites';

/** Sites listed per zone of a wave or country: a wave can hold dozens of zones. */
const LISTED_SITES_PER_ZONE = 10;

interface WeekRowZonesProps {
  id: string;
  zones: readonly RowZone[];
  /** Sentences on what clock changes did to this wave since last week. */
  changes: readonly string[];
  label: string;
}

/** An expanded wave or country: what changed it, then each zone with its window and its sites. */
export function WeekRowZones({ id, zones, changes, label }: WeekRowZonesProps) {
  return (
    <Box id={id} sx={{ px: 2, pt: 0.5, pb: 1.5 }}>
      {changes.map((change) => (
        <Typography
          key={change}
          variant="body2"
          sx={{ mb: 1, pl: 1, borderLeft: 3, borderColor: 'warning.main' }}
        >
          {change}
        </Typography>
      ))}
      <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {zones.map(({ lane, windows }) => {
          const { sites } = lane.group;
          const title = groupTitle(lane.group);
          const countryCode = sites[0]?.countryCode;
          return (
            <Box component="li" key={lane.group.key} sx={{ py: 0.5, borderTop: 1, borderColor: 'divider' }}>
              <Typography variant="body2">
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {title}
                </Box>{' '}
                · {countOf(sites.length, SITE)}
              </Typography>
              {windows.map((laneWindow) => (
                <ZoneWindow key={laneWindow.startMillis} laneWindow={laneWindow} countryCode={countryCode} />
              ))}
              <LaneSites
                sites={sites}
                listed={LISTED_SITES_PER_ZONE}
                indent={0}
                label={`Sites in ${title}`}
              />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** A zone's window in site time, with the engine's reasons in the console's one wording. */
function ZoneWindow({
  laneWindow,
  countryCode,
}: {
  laneWindow: LaneWindow;
  countryCode: string | undefined;
}) {
  const { window: upgradeWindow, kind, lane } = laneWindow;
  // A lane's windows are its upgrade, the window the notice passed over and those a freeze held back.
  const frozen = kind === 'frozen' ? explainFrozenWindow(upgradeWindow) : null;
  const reasons =
    kind === 'skipped-by-notice'
      ? [explainDeferral(upgradeWindow)]
      : frozen
        ? [frozen]
        : explainNextUpgrade(lane.group.upgrade).filter((reason) => reason.kind !== 'deferred-by-notice');
  const happens = kind !== 'skipped-by-notice' && kind !== 'frozen';
  return (
    <Box sx={{ mb: 0.5 }}>
      <Typography variant="body2" color="text.secondary">
        {kind === 'skipped-by-notice' ? 'Skipped window' : kind === 'frozen' ? 'Frozen window' : 'Upgrade'}:{' '}
        {formatUpgradeWindow(upgradeWindow.start, upgradeWindow.end, { countryCode })} site time
        {reasons.map((reason) => (
          <Chip
            key={reason.label}
            size="small"
            variant="outlined"
            label={reason.label}
            sx={{
              ml: 0.5,
              height: 20,
              ...(happens ? { borderColor: 'warning.main', borderWidth: 2 } : {}),
            }}
          />
        ))}
      </Typography>
      {reasons.map((reason) => (
        <Typography key={reason.sentence} variant="caption" component="div" color="text.secondary">
          {reason.sentence}
        </Typography>
      ))}
    </Box>
  );
}
