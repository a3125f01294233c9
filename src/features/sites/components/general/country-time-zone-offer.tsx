import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { countryName } from '@/domain/places';
import type { CountryTimeZoneOffer as Offer } from './use-country-time-zone-offer';

/**
 * Under Country: "Japan has one time zone, Asia/Tokyo." with a button to set it and one to keep
 * the site's. Said in a status region that is always there (a region added with its text is not
 * reliably announced), so a screen reader hears the offer once the country is chosen; the Alert
 * is only its look, not a second, assertive alert.
 */
export function CountryTimeZoneOffer({ offer }: { offer: Offer }) {
  const { zone, countryCode, currentZone } = offer;
  return (
    <Box role="status">
      {zone !== undefined && (
        <Alert severity="info" role="presentation" sx={{ mt: 1 }}>
          {countryName(countryCode) ?? countryCode} has one time zone, {zone}.
          {/* Zone names keep their case: "ASIA/TOKYO" is not how the zone is written anywhere. */}
          <Box
            sx={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 1,
              mt: 1,
              '& .MuiButton-root': { textTransform: 'none' },
            }}
          >
            <Button variant="contained" size="small" onClick={offer.accept}>
              Set Time Zone to {zone}
            </Button>
            <Button size="small" onClick={offer.decline}>
              {currentZone ? `Keep ${currentZone}` : 'Not now'}
            </Button>
          </Box>
        </Alert>
      )}
    </Box>
  );
}
