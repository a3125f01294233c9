import EventOutlined from '@mui/icons-material/EventOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import { buildUpgradeIcs } from '../model/upgrade-ics';
import { downloadFile } from './download-file';
import { ExportCalendarDialog, type CalendarExportChoice } from './export-calendar-dialog';

interface AddToCalendarButtonProps {
  allGroups: readonly ZoneGroup[];
  /** The groups of the filtered sites; undefined when no filter is set. */
  filteredGroups: readonly ZoneGroup[] | undefined;
  releasedAt: DateTime;
  onError: (message: string) => void;
}

/** Runs after the next frame is painted, so the dialog shows it is busy during a long export. */
function afterPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** Exports the upgrade windows as an .ics file that Outlook and Google Calendar import. */
export function AddToCalendarButton({
  allGroups,
  filteredGroups,
  releasedAt,
  onError,
}: AddToCalendarButtonProps) {
  const [open, setOpen] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportIcs = ({ groups, eventPer, reminderMinutesBefore }: CalendarExportChoice) => {
    setExporting(true);
    afterPaint(() => {
      try {
        const text = buildUpgradeIcs(groups, {
          releasedAt: releasedAt.toUTC().toISO({ suppressMilliseconds: true }) ?? '',
          host: window.location.host || 'socket-upgrade-console',
          madeAtMillis: Date.now(),
          eventPer,
          reminderMinutesBefore,
        });
        downloadFile(
          `socket-upgrades-${releasedAt.toUTC().toFormat("yyyyMMdd'T'HHmm'Z'")}.ics`,
          'text/calendar;charset=utf-8',
          text,
        );
      } catch (error) {
        onError(
          `The calendar file could not be made: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        // Closed on a failure too: the page's alert says what went wrong.
        setExporting(false);
        setOpen(false);
      }
    });
  };

  return (
    <>
      <Button
        variant="contained"
        startIcon={<EventOutlined />}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        disabled={allGroups.length === 0}
      >
        Add to calendar
      </Button>
      <ExportCalendarDialog
        open={open}
        allGroups={allGroups}
        filteredGroups={filteredGroups}
        exporting={exporting}
        onClose={() => setOpen(false)}
        onExport={exportIcs}
      />
    </>
  );
}
