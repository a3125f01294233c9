import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { WEEKDAYS } from '@/domain/weekdays';

interface DayOfWeekFieldProps<Values extends FieldValues> {
  control: Control<Values>;
  /** The form field holding the API's weekday ("TUESDAY"). */
  name: FieldPath<Values>;
  /** Unique on the page: the account's window and a site's own both have one. */
  id: string;
  readOnly: boolean;
}

/** "Day of the week" of an upgrade window: the account's, or a site's own. */
export function DayOfWeekField<Values extends FieldValues>({
  control,
  name,
  id,
  readOnly,
}: DayOfWeekFieldProps<Values>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          select
          id={id}
          label="Day of the week"
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={fieldState.error !== undefined}
          helperText={fieldState.error?.message ?? ' '}
          slotProps={{ select: { readOnly } }}
          sx={{ minWidth: 200 }}
        >
          {WEEKDAYS.map((weekday) => (
            <MenuItem key={weekday.apiName} value={weekday.apiName}>
              {weekday.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
