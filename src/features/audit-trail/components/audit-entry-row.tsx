import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AuditEntry } from '@/contract/audit-log';
import { describeAuditEntry, type ChangeLine } from '../model/describe-audit-entry';
import { OccurredAt } from './occurred-at';

const secondary = { variant: 'body2', color: 'text.secondary', sx: { display: 'block' } } as const;

function Value({ value, nullText }: { value: string | null; nullText: string }) {
  return value === null ? (
    <Box component="span" sx={{ fontStyle: 'italic', color: 'text.secondary' }}>
      {nullText}
    </Box>
  ) : (
    <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
      {value}
    </Box>
  );
}

/** "Day of the week: Sunday → Saturday"; a created thing shows only its values, a deleted one its last. */
function ChangeText({ line, nullText, action }: { line: ChangeLine; nullText: string; action?: string }) {
  return (
    <Box component="li" sx={{ mb: 0.25 }}>
      <Box component="span" sx={{ fontWeight: 500 }}>
        {line.label}:
      </Box>{' '}
      {action === 'Created' ? (
        <Value value={line.after} nullText={nullText} />
      ) : action === 'Deleted' ? (
        <Value value={line.before} nullText={nullText} />
      ) : (
        <>
          <Value value={line.before} nullText={nullText} />
          <Box component="span" aria-label="changed to" role="img" sx={{ mx: 0.75 }}>
            →
          </Box>
          <Value value={line.after} nullText={nullText} />
        </>
      )}
    </Box>
  );
}

interface AuditEntryRowProps {
  entry: AuditEntry;
  viewerTimeZone: string;
}

/** One save: when (the viewer's time; UTC on hover or focus), who, what (a link to it), before → after. */
export const AuditEntryRow = memo(function AuditEntryRow({ entry, viewerTimeZone }: AuditEntryRowProps) {
  const description = describeAuditEntry(entry);
  return (
    <TableRow hover sx={{ verticalAlign: 'top' }}>
      <TableCell>
        <OccurredAt occurredAt={entry.occurredAt} viewerTimeZone={viewerTimeZone} />
      </TableCell>
      <TableCell>
        {entry.actor.name}
        <Typography component="span" {...secondary}>
          {entry.actor.email}
        </Typography>
      </TableCell>
      <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
        <Box sx={{ overflowWrap: 'anywhere' }}>
          {description.href ? (
            <Link component={RouterLink} to={description.href} sx={{ fontWeight: 500 }}>
              {description.subject}
            </Link>
          ) : (
            <Box component="span" sx={{ fontWeight: 500 }}>
              {description.subject}
            </Box>
          )}
        </Box>
        <Typography component="span" {...secondary}>
          {description.kindLabel}
          {description.actionLabel && (
            <Chip label={description.actionLabel} size="small" variant="outlined" sx={{ ml: 1 }} />
          )}
        </Typography>
      </TableCell>
      <TableCell>
        <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
          {description.lines.map((line) => (
            <ChangeText
              key={line.label}
              line={line}
              nullText={description.nullText}
              action={description.actionLabel}
            />
          ))}
        </Box>
      </TableCell>
    </TableRow>
  );
});
