import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { TimeZoneAutocomplete } from '@/components/time-zone-picker';

interface DisplayZoneFieldProps {
  displayZone: string;
  viewerZone: string;
  onChange: (zone: string | undefined) => void;
}

export const UTC_ZONE = 'Etc/UTC';

/** "Show times in": the viewer's own zone by default, UTC, or any zone (a site's included). */
export function DisplayZoneField({ displayZone, viewerZone, onChange }: DisplayZoneFieldProps) {
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Box sx={{ minWidth: { xs: '100%', sm: 300 }, flexGrow: 1, maxWidth: 420 }}>
        <TimeZoneAutocomplete
          label="Show times in"
          value={displayZone}
          onChange={(zone) => onChange(zone === null || zone === viewerZone ? undefined : zone)}
        />
      </Box>
      <Button sx={{ mt: 1 }} onClick={() => onChange(undefined)} disabled={displayZone === viewerZone}>
        My time zone
      </Button>
      <Button sx={{ mt: 1 }} onClick={() => onChange(UTC_ZONE)} disabled={displayZone === UTC_ZONE}>
        UTC
      </Button>
    </Box>
  );
}
