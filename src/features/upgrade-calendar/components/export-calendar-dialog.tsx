import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { countOf, EVENT, SITE } from '@/lib/plural';
import type { ZoneGroup } from '../model/calendar-types';
import { icsEventCounts, type IcsEventPer } from '../model/upgrade-ics';

/** What the person chose: which sites, what an event stands for, and a reminder. */
export interface CalendarExportChoice {
  groups: readonly ZoneGroup[];
  eventPer: IcsEventPer;
  reminderMinutesBefore: number | undefined;
}

interface ExportCalendarDialogProps {
  open: boolean;
  allGroups: readonly ZoneGroup[];
  /** The groups of the filtered sites; undefined when no filter is set. */
  filteredGroups: readonly ZoneGroup[] | undefined;
  exporting: boolean;
  onClose: () => void;
  onExport: (choice: CalendarExportChoice) => void;
}

const EVENT_PER: { value: IcsEventPer; label: string; hint: string }[] = [
  { value: 'wave', label: 'Wave', hint: 'the sites whose windows open at the same moment' },
  { value: 'zone', label: 'Time Zone', hint: 'the sites of one time zone share their window' },
  { value: 'site', label: 'Site', hint: 'for a ticket or a calendar per site' },
];

const REMINDERS: { minutes: number; label: string }[] = [
  { minutes: 0, label: 'No reminder' },
  { minutes: 15, label: '15 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 24 * 60, label: '1 day before' },
];

const siteCount = (groups: readonly ZoneGroup[]) =>
  groups.reduce((sum, group) => sum + group.sites.length, 0);

/** Add to calendar: the choices of the .ics file, each with what it makes. */
export function ExportCalendarDialog({
  open,
  allGroups,
  filteredGroups,
  exporting,
  onClose,
  onExport,
}: ExportCalendarDialogProps) {
  const [which, setWhich] = useState<'all' | 'filtered'>('all');
  const [eventPer, setEventPer] = useState<IcsEventPer>('zone');
  const [reminder, setReminder] = useState(0);
  const useFiltered = which === 'filtered' && filteredGroups !== undefined;
  const groups = useFiltered ? filteredGroups : allGroups;
  const counts = icsEventCounts(groups);

  return (
    <Dialog
      open={open}
      onClose={exporting ? undefined : onClose}
      aria-labelledby="export-calendar-title"
      aria-describedby="export-calendar-text"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="export-calendar-title">Add to calendar</DialogTitle>
      <DialogContent>
        <DialogContentText id="export-calendar-text" sx={{ mb: 2 }}>
          An .ics file for Outlook, Google Calendar or Apple Calendar, with each upgrade window at its exact
          time.
        </DialogContentText>
        {filteredGroups && (
          <FormControl sx={{ mb: 2, display: 'block' }}>
            <FormLabel id="export-calendar-sites">Sites</FormLabel>
            <RadioGroup
              aria-labelledby="export-calendar-sites"
              value={which}
              onChange={(event) => setWhich(event.target.value === 'filtered' ? 'filtered' : 'all')}
            >
              <FormControlLabel
                value="all"
                control={<Radio />}
                label={`All sites (${siteCount(allGroups).toLocaleString('en-GB')})`}
              />
              <FormControlLabel
                value="filtered"
                control={<Radio />}
                label={`The filtered sites (${siteCount(filteredGroups).toLocaleString('en-GB')})`}
                disabled={filteredGroups.length === 0}
              />
            </RadioGroup>
          </FormControl>
        )}
        <FormControl sx={{ mb: 2, display: 'block' }}>
          <FormLabel id="export-calendar-event-per">One event per</FormLabel>
          <RadioGroup
            aria-labelledby="export-calendar-event-per"
            value={eventPer}
            onChange={(event) =>
              setEventPer(EVENT_PER.find((option) => option.value === event.target.value)?.value ?? 'zone')
            }
          >
            {EVENT_PER.map((option) => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio />}
                label={`${option.label}: ${option.hint} (${countOf(counts[option.value], EVENT)})`}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <TextField
          select
          label="Reminder"
          value={reminder}
          onChange={(event) => setReminder(Number(event.target.value))}
          sx={{ minWidth: 240 }}
        >
          {REMINDERS.map((option) => (
            <MenuItem key={option.minutes} value={option.minutes}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={exporting}>
          Cancel
        </Button>
        <Button
          variant="contained"
          loading={exporting}
          disabled={groups.length === 0}
          onClick={() =>
            onExport({ groups, eventPer, reminderMinutesBefore: reminder > 0 ? reminder : undefined })
          }
        >
          Download .ics ({countOf(counts[eventPer], EVENT)}, {countOf(siteCount(groups), SITE)})
        </Button>
      </DialogActions>
    </Dialog>
  );
}
