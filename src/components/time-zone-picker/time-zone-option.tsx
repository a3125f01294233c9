import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HTMLAttributes } from 'react';
import { formatLocalTimeWithOffset, type DateTime } from '@/lib/date-time';
import type { TimeZoneEntry } from './time-zone-catalogue';

interface TimeZoneOptionProps extends HTMLAttributes<HTMLLIElement> {
  entry: TimeZoneEntry;
  now: DateTime;
}

/** One line of the list: the IANA name with its local time and offset now, then where it is used. */
export function TimeZoneOption({ entry, now, ...optionProps }: TimeZoneOptionProps) {
  const where = [entry.countryNames.join(', '), entry.cities.slice(0, 4).join(', ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box component="li" {...optionProps} sx={{ display: 'block !important' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
        <Typography component="span" sx={{ fontWeight: 500, flexGrow: 1 }}>
          {entry.zone}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {formatLocalTimeWithOffset(now.setZone(entry.zone), entry.countryCodes[0])}
        </Typography>
      </Box>
      {where && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {where}
        </Typography>
      )}
    </Box>
  );
}
