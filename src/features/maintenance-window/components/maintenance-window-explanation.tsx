import Typography from '@mui/material/Typography';
import { UPGRADE_NOTICE_HOURS } from '@/domain/upgrade-schedule';

/** The two rules administrators most often miss, in the reference product's words. */
export function MaintenanceWindowExplanation() {
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Choose when Sockets may upgrade to a new version. The window applies in each site&apos;s local time
        zone: with Sunday 01:00 – 03:00, a site in Tokyo upgrades 01:00 – 03:00 Tokyo time and a site in
        London 01:00 – 03:00 London time.
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        A site upgrades only in a window that opens at least {UPGRADE_NOTICE_HOURS} hours after the version is
        released: a version released less than {UPGRADE_NOTICE_HOURS} hours before a site&apos;s window waits
        until the following week. An upgrade takes about 20 minutes, with about 2 minutes of downtime.
      </Typography>
    </>
  );
}
