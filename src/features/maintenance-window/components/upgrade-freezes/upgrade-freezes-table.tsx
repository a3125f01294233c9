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

// Told apart by their words, and the one in effect by a filled chip: the palette's coloured
// chips do not reach 4.5:1 against small text.
const STATES: Record<FreezeState, { label: string; variant: 'filled' | 'outlined' }> = {
  upcoming: { label: 'Upcoming', variant: 'outlined' },
  'in-effect': { label: 'In effect', variant: 'filled' },
  over: { label: 'Over', variant: 'outlined' },
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
    <Table size="small" aria-labelledby="upgrade-freezes-heading" sx={{ minWidth: 640 }}>
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
                <Chip size="small" variant={STATES[state].variant} label={STATES[state].label} />
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
