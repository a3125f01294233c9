import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { WEEKDAYS } from '@/domain/weekdays';
import type { MaintenanceWindowFormValues } from '../model/maintenance-window-form-values';

interface DayOfWeekFieldProps {
  control: Control<MaintenanceWindowFormValues>;
  readOnly: boolean;
}

export function DayOfWeekField({ control, readOnly }: DayOfWeekFieldProps) {
  return (
    <Controller
      name="day"
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          select
          id="maintenance-window-day"
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
