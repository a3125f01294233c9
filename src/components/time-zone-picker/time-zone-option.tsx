import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HTMLAttributes } from 'react';
import type { FormerPlaceName } from '@/domain/places';
import { formerNameNote } from './match-group-heading';
import type { TimeZoneEntry } from './time-zone-catalogue';

interface TimeZoneOptionProps extends HTMLAttributes<HTMLLIElement> {
  entry: TimeZoneEntry;
  /** "17:34 JST · UTC+09:00", worded by formatLocalTimeWithOffset. */
  localTime: string;
  /** The former city name the search found this zone by, if any. */
  formerName?: FormerPlaceName | undefined;
}

/**
 * One line of the list: the IANA name with its local time and offset now, then where it is used,
 * and, for a zone found by a former city name, which zone that name means today.
 */
export function TimeZoneOption({ entry, localTime, formerName, ...optionProps }: TimeZoneOptionProps) {
  const where = [entry.countryName, entry.cities.slice(0, 4).join(', ')].filter(Boolean).join(' · ');
  return (
    <Box component="li" {...optionProps} sx={{ display: 'block !important' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
        <Typography component="span" sx={{ fontWeight: 500, flexGrow: 1 }}>
          {entry.zone}
        </Typography>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {localTime}
        </Typography>
      </Box>
      {formerName && (
        <Typography component="span" variant="body2" sx={{ display: 'block', fontStyle: 'italic' }}>
          {formerNameNote(formerName)}
        </Typography>
      )}
      {where && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {where}
        </Typography>
      )}
    </Box>
  );
}
