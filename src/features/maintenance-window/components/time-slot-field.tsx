import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import type { Weekday } from '@/contract/maintenance-window';
import { TIME_SLOTS } from '@/domain/time-slots';
import { nextDayLabel } from '../model/describe-maintenance-window';
import type { MaintenanceWindowFormValues } from '../model/maintenance-window-form-values';

interface TimeSlotFieldProps {
  control: Control<MaintenanceWindowFormValues>;
  readOnly: boolean;
  /** The chosen day, to say which day a midnight-crossing slot ends on. */
  day: Weekday;
  /** The saved window's times, named when they are not one of the 24 slots. */
  saved: { start: string; end: string };
}

export function TimeSlotField({ control, readOnly, day, saved }: TimeSlotFieldProps) {
  return (
    <Controller
      name="timeSlot"
      control={control}
      render={({ field, fieldState }) => {
        const chosen = TIME_SLOTS.find((slot) => slot.start === field.value);
        const hint =
          chosen === undefined
            ? // Saved by another client as a window the form does not offer: say so, guess nothing.
              `The saved window, ${saved.start} \u2013 ${saved.end}, is not one of the two-hour slots: choose one.`
            : chosen.crossesMidnight
              ? `Ends on ${nextDayLabel(day)}, site local time.`
              : 'Site local time.';
        return (
          <TextField
            select
            id="maintenance-window-time-slot"
            label="Time slot"
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={fieldState.error !== undefined}
            helperText={fieldState.error?.message ?? hint}
            slotProps={{
              select: { readOnly, MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } },
            }}
            sx={{ minWidth: 240 }}
          >
            {TIME_SLOTS.map((slot) => (
              <MenuItem key={slot.start} value={slot.start}>
                {slot.label}
                {slot.crossesMidnight && (
                  <>
                    {' '}
                    <Box component="span" sx={{ ml: 0.5, color: 'text.secondary', fontSize: '0.875em' }}>
                      (ends next day)
                    </Box>
                  </>
                )}
              </MenuItem>
            ))}
          </TextField>
        );
      }}
    />
  );
}
