import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { TimeZoneAutocomplete, type TimeZoneAutocompleteProps } from './time-zone-autocomplete';

type PassedProps = Omit<
  TimeZoneAutocompleteProps,
  'value' | 'onChange' | 'onBlur' | 'inputRef' | 'name' | 'errorMessage'
>;

interface TimeZoneFieldProps<TValues extends FieldValues> extends PassedProps {
  control: Control<TValues>;
  name: FieldPath<TValues>;
}

/** The time-zone picker bound to a react-hook-form field holding an IANA name (or ''). */
export function TimeZoneField<TValues extends FieldValues>({
  control,
  name,
  ...props
}: TimeZoneFieldProps<TValues>) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <TimeZoneAutocomplete
      {...props}
      name={field.name}
      value={typeof value === 'string' && value !== '' ? value : null}
      onChange={(zone) => field.onChange(zone ?? '')}
      onBlur={field.onBlur}
      inputRef={field.ref}
      errorMessage={fieldState.error?.message}
    />
  );
}
