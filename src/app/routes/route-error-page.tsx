import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, Link as RouterLink, useNavigate, useRouteError } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { describeError } from '@/lib/api-error';

function describeRouteError(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  // A new deployment removes old chunks: a reload fetches the current ones.
  if (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script/i.test(error.message)
  ) {
    return 'A newer version of the console is available. Reload the page to continue.';
  }
  return describeError(error);
}

/** The error boundary of every page: a readable message and two ways out. */
export function RouteErrorPage() {
  const error = useRouteError();
  const navigate = useNavigate();
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <PageTitle title="Something went wrong" />
      <Alert severity="error" role="alert">
        <AlertTitle>This page could not be shown</AlertTitle>
        {describeRouteError(error)}
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
