import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect } from 'react';
import { isRouteErrorResponse, Link as RouterLink, useNavigate, useRouteError } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { describeError } from '@/lib/api-error';
import { useOnline } from '../layout/use-online';

/** A page's code could not be fetched: the connection is down, or a new deployment removed it. */
function isPageCodeMissing(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script|error loading dynamically imported/i.test(
      error.message,
    )
  );
}

function describeRouteError(error: unknown, online: boolean): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (isPageCodeMissing(error)) {
    return online
      ? 'A newer version of the console is available. Reload the page to continue.'
      : 'You are offline, so this page could not be loaded. It opens by itself when the connection is back.';
  }
  return describeError(error);
}

/** The error boundary of every page: a readable message and two ways out. */
export function RouteErrorPage() {
  const error = useRouteError();
  const navigate = useNavigate();
  const online = useOnline();
  const waitingForConnection = !online && isPageCodeMissing(error);
  useEffect(() => {
    // Back online: load the page afresh (React Router would keep the failed load).
    if (!waitingForConnection) return;
    const reload = () => void navigate(0);
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [waitingForConnection, navigate]);
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <PageTitle title="Something went wrong" />
      <Alert severity="error" role="alert">
        <AlertTitle>This page could not be shown</AlertTitle>
        {describeRouteError(error, online)}
        <Box sx={{ mt: 2, display: 'flex', gap: 1 }}>
          <Button variant="contained" color="error" onClick={() => void navigate(0)}>
            Try again
          </Button>
          <Button component={RouterLink} to="/" color="inherit">
            Go to the start page
          </Button>
        </Box>
      </Alert>
    </Box>
  );
}
