import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { Ref } from 'react';

interface Place {
  code: string;
  name: string;
}

interface PlaceAutocompleteProps {
  label: string;
  places: readonly Place[];
  /** The chosen place's code ("JP", "US-CA"), or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  required?: boolean;
  readOnly: boolean;
  errorMessage?: string | undefined;
  helperText?: string;
}

/** A searchable choice from a real list (countries, states), shown by name and stored by code. */
export function PlaceAutocomplete(props: PlaceAutocompleteProps) {
  const { label, places, value, onChange, onBlur, inputRef, required, readOnly, errorMessage, helperText } =
    props;
  const selected = places.find((place) => place.code === value) ?? null;
  return (
    <Autocomplete
      options={places}
      value={selected}
      onChange={(_event, place) => onChange(place?.code ?? null)}
      onBlur={onBlur}
      readOnly={readOnly}
      autoHighlight
      getOptionLabel={(place) => place.name}
      getOptionKey={(place) => place.code}
      isOptionEqualToValue={(option, chosen) => option.code === chosen.code}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          inputRef={inputRef}
          error={Boolean(errorMessage)}
          helperText={errorMessage ?? helperText}
        />
      )}
    />
  );
}
