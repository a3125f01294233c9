import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { describeError } from '@/lib/api-error';
import { countOf, SITE } from '@/lib/plural';
import type { SitesExportState } from './use-sites-export';

interface ExportSitesButtonProps {
  state: SitesExportState;
  onExport: () => void;
  /** Nothing to export yet (the window or the list still loading), or nothing matches. */
  disabled: boolean;
}

const number = new Intl.NumberFormat('en-GB');

function progressText(state: SitesExportState): string {
  switch (state.status) {
    case 'loading':
      return state.progress
        ? `Loading sites for the export: ${number.format(state.progress.loaded)} of ${countOf(state.progress.total, SITE)}…`
        : 'Loading sites for the export…';
    case 'done':
      return `Exported ${countOf(state.siteCount, SITE)} to ${state.fileName}.`;
    default:
      return '';
  }
}

/** "Export CSV": the whole list as filtered and sorted, with progress while its pages load. */
export function ExportSitesButton({ state, onExport, disabled }: ExportSitesButtonProps) {
  const loading = state.status === 'loading';
  const percent =
    loading && state.progress && state.progress.total > 0
      ? Math.round((100 * state.progress.loaded) / state.progress.total)
      : undefined;
  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap-reverse',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 1,
      }}
    >
      {/* Polite: progress and the result are announced without moving the focus. */}
      <Typography role="status" variant="body2" color="text.secondary">
        {progressText(state)}
      </Typography>
      <Button
        variant="outlined"
        onClick={onExport}
        disabled={disabled || loading}
        startIcon={
          loading ? (
            <CircularProgress
              size={16}
              color="inherit"
              variant={percent === undefined ? 'indeterminate' : 'determinate'}
              value={percent}
              aria-hidden
            />
          ) : (
            <FileDownloadOutlined />
          )
        }
      >
        {loading ? 'Exporting…' : 'Export CSV'}
      </Button>
      {state.status === 'failed' && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={onExport}>
              Retry
            </Button>
          }
        >
          The export stopped: {describeError(state.error)}
        </Alert>
      )}
    </Box>
  );
}
