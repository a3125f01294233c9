import Alert from '@mui/material/Alert';

/** Says why the form cannot be changed, instead of leaving the viewer to guess. */
export function ReadOnlyNotice({ what = 'these settings' }: { what?: string }) {
  return (
    <Alert severity="info">
      You have read-only access: only account administrators can change {what}. Ask an administrator if a
      change is needed.
    </Alert>
  );
}
