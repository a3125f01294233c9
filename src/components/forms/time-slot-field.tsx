import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import type { Weekday } from '@/contract/maintenance-window';
import { TIME_SLOTS } from '@/domain/time-slots';
import { isWeekdayNumber, weekdayName, weekdayNumberFromApi } from '@/domain/weekdays';

interface TimeSlotFieldProps<Values extends FieldValues> {
  control: Control<Values>;
  /** The form field holding the chosen slot's start ("02:00"); "" when none is chosen. */
  name: FieldPath<Values>;
  /** Unique on the page: the account's window and a site's own both have one. */
  id: string;
  readOnly: boolean;
  /** The chosen day, to say which day a midnight-crossing slot ends on. */
  day: Weekday;
  /** The saved window's times, named when they are not one of the 24 slots. */
  saved: { start: string; end: string };
}

/** The day after `day`, for slots that end past midnight ("SUNDAY" -> "Monday"). */
function nextDayName(day: Weekday): string {
  const number = (weekdayNumberFromApi(day) % 7) + 1;
  return isWeekdayNumber(number) ? weekdayName(number) : day;
}

/** "Time slot" of an upgrade window: the 24 two-hour slots, read on each site's clock. */
export function TimeSlotField<Values extends FieldValues>({
  control,
  name,
  id,
  readOnly,
  day,
  saved,
}: TimeSlotFieldProps<Values>) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => {
        const chosen = TIME_SLOTS.find((slot) => slot.start === field.value);
        const hint =
          chosen === undefined
            ? // Saved by another client as a window the form does not offer: say so, guess nothing.
              `The saved window, ${saved.start} \u2013 ${saved.end}, is not one of the two-hour slots: choose one.`
            : chosen.crossesMidnight
              ? `Ends on ${nextDayName(day)}, site local time.`
              : 'Site local time.';
        return (
          <TextField
            select
            id={id}
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
