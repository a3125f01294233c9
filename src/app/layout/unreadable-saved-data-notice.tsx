import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useMe } from '@/api/account/get-me';
import { useDemoScenarios } from '@/features/demo/api/get-demo-scenarios';
import { useResetDemoData } from '@/features/demo/api/reset-demo-data';

/**
 * Only with the mocked backend: the demo data saved in this browser could not be read (an older
 * version's shape, an edit by hand), so the seed is shown. Say so rather than lose edits silently,
 * say where the copy is, and let an administrator start again from the seed.
 */
export function UnreadableSavedDataNotice() {
  const scenarios = useDemoScenarios();
  const me = useMe();
  const reset = useResetDemoData();
  const unreadable = scenarios.data?.unreadableSavedData;
  if (!unreadable) return null;

  const mayReset = me.data?.role === 'admin';
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        mayReset && (
          <Button
            color="inherit"
            size="small"
            onClick={() => reset.mutate()}
            disabled={reset.isPending}
            sx={{ whiteSpace: 'nowrap' }}
          >
            {reset.isPending ? 'Resetting…' : 'Reset demo data'}
          </Button>
        )
      }
    >
      <AlertTitle>The demo data saved in this browser could not be read</AlertTitle>
      It was replaced by the seeded account because {unreadable.reason}. A copy of what could not be read is
      kept in this browser’s localStorage under “{unreadable.keptUnder}”.{' '}
      {mayReset
        ? 'Reset demo data to start again from the seed and close this message.'
        : 'An administrator can reset the demo data.'}
      {reset.isError && ' The reset failed; try again.'}
    </Alert>
  );
}
