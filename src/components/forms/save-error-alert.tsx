import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { describeError, isApiError } from '@/lib/api-error';
import { useKeepFocusInForm } from './use-keep-focus-in-form';

interface SaveErrorAlertProps {
  error: unknown;
  /** Sends the same save again; offered when the failure may pass on its own. */
  onRetry?: () => void;
  retrying?: boolean;
  /** What was not saved, when a page saves more than one thing. */
  title?: string;
}

/** Why a save failed, with a retry when trying again can help. The form keeps what was typed. */
export function SaveErrorAlert({
  error,
  onRetry,
  retrying = false,
  title = 'Not saved',
}: SaveErrorAlertProps) {
  const canRetry = onRetry !== undefined && (!isApiError(error) || error.isTransient);
  // Retry is busy while it retries, then goes with the alert: the focus stays in the form.
  const retryRef = useKeepFocusInForm(retrying);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        canRetry ? (
          <Button ref={retryRef} color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {describeError(error)}
    </Alert>
  );
}
