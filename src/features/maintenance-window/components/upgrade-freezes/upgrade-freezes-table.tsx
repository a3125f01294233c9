import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { StoredUpgradeFreeze } from '@/contract/upgrade-freezes';
import { freezeStateAt, type FreezeState } from '@/domain/upgrade-freeze-rules';
import type { DateTime } from '@/lib/date-time';
import { freezeDatesText, freezeLengthText } from './freeze-dates';

const STATES: Record<FreezeState, { label: string; color: 'default' | 'warning' | 'info' }> = {
  upcoming: { label: 'Upcoming', color: 'info' },
  'in-effect': { label: 'In effect', color: 'warning' },
  over: { label: 'Over', color: 'default' },
};

interface UpgradeFreezesTableProps {
  freezes: readonly StoredUpgradeFreeze[];
  now: DateTime;
  /** Null for a viewer: no actions column. */
  actions: {
    onEdit: (freeze: StoredUpgradeFreeze) => void;
    onDelete: (freeze: StoredUpgradeFreeze) => void;
  } | null;
}

/** The account's freezes by start date: name, dates, length, where each stands, and its actions. */
export function UpgradeFreezesTable({ freezes, now, actions }: UpgradeFreezesTableProps) {
  return (
    <Table size="small" aria-labelledby="upgrade-freezes-heading">
      <TableHead>
        <TableRow>
          <TableCell scope="col">Name</TableCell>
          <TableCell scope="col">Dates</TableCell>
          <TableCell scope="col">Length</TableCell>
          <TableCell scope="col">State</TableCell>
          {actions !== null && (
            <TableCell scope="col" align="right">
              Actions
            </TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {freezes.map((freeze) => {
          const state = freezeStateAt(freeze, now);
          return (
            <TableRow key={freeze.id}>
              <TableCell component="th" scope="row">
                {freeze.name}
              </TableCell>
              <TableCell>{freezeDatesText(freeze)}</TableCell>
              <TableCell>{freezeLengthText(freeze)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  label={STATES[state].label}
                  color={STATES[state].color}
                />
              </TableCell>
              {actions !== null && (
                <TableCell align="right">
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                    {/* A freeze that is over can only go: it cannot be moved or renamed any more. */}
                    {state !== 'over' && (
                      <Button
                        size="small"
                        onClick={() => actions.onEdit(freeze)}
                        aria-label={`Edit ${freeze.name}`}
                      >
                        Edit
                      </Button>
                    )}
                    <Button
                      size="small"
                      color="error"
                      onClick={() => actions.onDelete(freeze)}
                      aria-label={`Delete ${freeze.name}`}
                    >
                      Delete
                    </Button>
                  </Stack>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
