import TextField from '@mui/material/TextField';
import { Controller, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { listCountries } from '@/domain/places';
import { stateAfterCountryChange, stateChoices } from '../../location/site-location-rules';
import { PlaceAutocomplete } from './place-autocomplete';
import type { SiteFormValues } from './site-form-values';

interface FieldsProps {
  control: Control<SiteFormValues>;
  setValue: UseFormSetValue<SiteFormValues>;
  readOnly: boolean;
}

/** Country, State (only where the country has them), City and Address. */
export function SiteLocationFields({ control, setValue, readOnly }: FieldsProps) {
  const countryCode = useWatch({ control, name: 'countryCode' });
  const stateCode = useWatch({ control, name: 'stateCode' }) ?? null;
  const states = stateChoices(countryCode);
  return (
    <>
      <Controller
        control={control}
        name="countryCode"
        render={({ field, fieldState }) => (
          <PlaceAutocomplete
            label="Country"
            required
            places={listCountries()}
            value={field.value || null}
            onChange={(code) => {
              field.onChange(code ?? '');
              // A state of the old country would be wrong in the new one.
              setValue('stateCode', stateAfterCountryChange(stateCode, code), { shouldDirty: true });
            }}
            onBlur={field.onBlur}
            inputRef={field.ref}
            readOnly={readOnly}
            errorMessage={fieldState.error?.message}
          />
        )}
      />
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
