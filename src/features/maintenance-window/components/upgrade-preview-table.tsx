import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatUpgradeWindow } from '@/lib/date-time';
import type { ZonePreview } from '../model/upgrade-preview';
import { UpgradePreviewNote } from './upgrade-preview-note';

interface UpgradePreviewTableProps {
  rows: readonly ZonePreview[];
  soonestZone: string | undefined;
  latestZone: string | undefined;
  viewerTimeZone: string;
  captionId: string;
}

/** One row per representative zone: its next upgrade in site time and in the viewer's time. */
export function UpgradePreviewTable({
  rows,
  soonestZone,
  latestZone,
  viewerTimeZone,
  captionId,
}: UpgradePreviewTableProps) {
  return (
    <Table size="small" aria-labelledby={captionId} sx={{ '& td': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell scope="col" sx={{ width: '22%' }}>
            Site
          </TableCell>
          <TableCell scope="col" sx={{ width: '26%' }}>
            Next upgrade (site time)
          </TableCell>
          <TableCell scope="col" sx={{ width: '22%' }}>
            Your time
          </TableCell>
          <TableCell scope="col">Why it is shown</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const { zone, nextUpgrade } = row;
          const countryCode = zone.exampleSite.countryCode;
          const others = zone.siteCount - 1;
          return (
            <TableRow key={zone.timeZone}>
              <TableCell component="th" scope="row">
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {zone.exampleSite.name}
                  {others > 0 && ` and ${others} other ${others === 1 ? 'site' : 'sites'}`}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {zone.timeZone}
                </Typography>
              </TableCell>
              <TableCell>
                {formatUpgradeWindow(nextUpgrade.start, nextUpgrade.end, { countryCode })}
              </TableCell>
              <TableCell>
                {formatUpgradeWindow(
                  nextUpgrade.start.setZone(viewerTimeZone),
                  nextUpgrade.end.setZone(viewerTimeZone),
                )}
              </TableCell>
              <TableCell>
                <UpgradePreviewNote
                  zonePreview={row}
                  position={
                    zone.timeZone === soonestZone
                      ? 'first'
                      : zone.timeZone === latestZone
                        ? 'last'
                        : undefined
                  }
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
