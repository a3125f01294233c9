import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { describeError } from '@/lib/api-error';

interface LoadErrorAlertProps {
  /** What did not load, as the sentence starts: "The upgrade freezes". */
  what: string;
  error: unknown;
  onRetry: () => void;
  /** True while the retry is on its way: the button shows it and takes no second click. */
  retrying?: boolean;
}

/** "The sites could not be loaded." with why, and Retry: one wording for every screen's data. */
export function LoadErrorAlert({ what, error, onRetry, retrying = false }: LoadErrorAlertProps) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          Retry
        </Button>
      }
    >
      {what} could not be loaded. {describeError(error)}
    </Alert>
  );
}
