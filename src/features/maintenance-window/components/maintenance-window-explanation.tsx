import Typography from '@mui/material/Typography';

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
        A site upgrades only in a window that opens at least 48 hours after the version is released: a version
        released less than 48 hours before a site&apos;s window waits until the following week. An upgrade
        takes about 20 minutes, with about 2 minutes of downtime.
      </Typography>
    </>
  );
}
