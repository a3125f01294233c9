import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { listCountries } from '@/domain/places';
import { stateAfterCountryChange, stateChoices } from '../../location/site-location-rules';
import { CountryTimeZoneOffer } from './country-time-zone-offer';
import { PlaceAutocomplete } from './place-autocomplete';
import type { SiteFormValues } from './site-form-values';
import type { CountryTimeZoneOffer as Offer } from './use-country-time-zone-offer';

interface FieldsProps {
  control: Control<SiteFormValues>;
  setValue: UseFormSetValue<SiteFormValues>;
  readOnly: boolean;
  /** Offers the country's time zone once a country with one is chosen. */
  timeZoneOffer: Offer;
}

/** Country (and the offer of its time zone), State (only where the country has them), City and Address. */
export function SiteLocationFields({ control, setValue, readOnly, timeZoneOffer }: FieldsProps) {
  const countryCode = useWatch({ control, name: 'countryCode' });
  const stateCode = useWatch({ control, name: 'stateCode' }) ?? null;
  const states = stateChoices(countryCode);
  return (
    <>
      <Box>
        <Controller
          control={control}
          name="countryCode"
          render={({ field, fieldState }) => (
            <PlaceAutocomplete
              label="Country"
              required={!readOnly}
              places={listCountries()}
              value={field.value || null}
              onChange={(code) => {
                field.onChange(code ?? '');
                // A state of the old country would be wrong in the new one.
                setValue('stateCode', stateAfterCountryChange(stateCode, code), { shouldDirty: true });
                timeZoneOffer.countryChosen(code);
              }}
              onBlur={field.onBlur}
              inputRef={field.ref}
              readOnly={readOnly}
              errorMessage={fieldState.error?.message}
            />
          )}
        />
        <CountryTimeZoneOffer offer={timeZoneOffer} />
      </Box>
      {states.length > 0 && (
        <Controller
          control={control}
          name="stateCode"
          render={({ field, fieldState }) => (
            <PlaceAutocomplete
              label="State"
              places={states}
              value={field.value ?? null}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              readOnly={readOnly}
              errorMessage={fieldState.error?.message}
            />
          )}
        />
      )}
      <Controller
        control={control}
        name="cityName"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="City"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { readOnly } }}
          />
        )}
      />
      <Controller
        control={control}
        name="address"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Address"
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { readOnly } }}
          />
        )}
      />
    </>
  );
}
