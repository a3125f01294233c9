import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { LoadingStatus } from '@/components/loading-status';
import { describeError } from '@/lib/api-error';

export function CalendarSkeleton() {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} aria-busy="true">
      <LoadingStatus>Loading the sites and the maintenance window…</LoadingStatus>
      <Skeleton variant="rectangular" height={40} sx={{ mb: 2 }} />
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} height={44} />
      ))}
    </Paper>
  );
}

export function CalendarLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      The calendar could not load its data. {describeError(error)}
    </Alert>
  );
}
