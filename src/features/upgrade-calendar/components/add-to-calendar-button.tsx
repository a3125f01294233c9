import EventOutlined from '@mui/icons-material/EventOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { DateTime } from '@/lib/date-time';
import type { ZoneGroup } from '../model/calendar-types';
import { downloadFile } from './download-file';

interface AddToCalendarButtonProps {
  allGroups: readonly ZoneGroup[];
  /** The groups of the filtered sites; undefined when no filter is set. */
  filteredGroups: readonly ZoneGroup[] | undefined;
  releasedAt: DateTime;
  onError: (message: string) => void;
}

const count = (groups: readonly ZoneGroup[]) => groups.reduce((sum, group) => sum + group.sites.length, 0);

/** Exports the upgrade windows as an .ics file that Outlook and Google Calendar import. */
export function AddToCalendarButton({
  allGroups,
  filteredGroups,
  releasedAt,
  onError,
}: AddToCalendarButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const exportGroups = async (groups: readonly ZoneGroup[]) => {
    setAnchor(null);
    try {
      // The iCalendar library is only needed when someone exports: load it then.
      const { buildUpgradeIcs } = await import('../model/upgrade-ics');
      const release = releasedAt.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
      const text = buildUpgradeIcs(groups, {
        releasedAt: release,
        host: window.location.host || 'socket-upgrade-console',
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
    }
  };

  return (
    <>
      <Button
        variant="contained"
        startIcon={<EventOutlined />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={allGroups.length === 0}
      >
        Add to calendar
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void exportGroups(allGroups)}>
          All sites ({count(allGroups).toLocaleString('en-GB')})
        </MenuItem>
        {filteredGroups && (
          <MenuItem onClick={() => void exportGroups(filteredGroups)} disabled={filteredGroups.length === 0}>
            The filtered sites ({count(filteredGroups).toLocaleString('en-GB')})
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
