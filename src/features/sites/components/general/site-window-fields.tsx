import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { DayOfWeekField } from '@/components/forms/day-of-week-field';
import { TimeSlotField } from '@/components/forms/time-slot-field';
import type { MaintenanceWindow } from '@/contract/maintenance-window';
import type { SiteWindow } from '@/contract/site-window';
import { windowText } from '../../upgrade/window-text';
import type { SiteWindowFormValues } from '../../upgrade/site-window-values';

interface SiteWindowFieldsProps {
  control: Control<SiteWindowFormValues>;
  readOnly: boolean;
  /** The account's window, named in its choice; undefined while it loads or when it failed. */
  accountWindow: MaintenanceWindow | undefined;
  /** The site's stored window, named by the slot field when it is not one of the 24 slots. */
  saved: SiteWindow;
}

/** "Use the account's window (Sunday 01:00 – 03:00)" or "This site's own window" with its day and slot. */
export function SiteWindowFields({ control, readOnly, accountWindow, saved }: SiteWindowFieldsProps) {
  const [choice, day] = useWatch({ control, name: ['choice', 'day'] });
  return (
    <>
      <Controller
        name="choice"
        control={control}
        render={({ field }) => (
          <FormControl>
            <FormLabel id="site-window-choice" sx={{ typography: 'body2', mb: 0.5 }}>
              When this site's Sockets may upgrade, on the site's clock
            </FormLabel>
            <RadioGroup
              aria-labelledby="site-window-choice"
              name={field.name}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              onBlur={field.onBlur}
            >
              <FormControlLabel
                value="account"
                disabled={readOnly}
                control={<Radio slotProps={{ input: { ref: field.ref } }} />}
                label={
                  accountWindow
                    ? `Use the account's window (${windowText(accountWindow)})`
                    : "Use the account's window"
                }
              />
              <FormControlLabel
                value="own"
                disabled={readOnly}
                control={<Radio />}
                label="This site's own window"
              />
            </RadioGroup>
          </FormControl>
        )}
      />
      {choice === 'own' && (
        <Box
          sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', mt: 1.5, ml: { sm: 4 } }}
        >
          <DayOfWeekField control={control} name="day" id="site-window-day" readOnly={readOnly} />
          <TimeSlotField
            control={control}
            name="timeSlot"
            id="site-window-time-slot"
            readOnly={readOnly}
            day={day}
            saved={saved ?? { start: '', end: '' }}
          />
        </Box>
      )}
    </>
  );
}
