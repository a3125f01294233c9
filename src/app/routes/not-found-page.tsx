import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { PageTitle } from '@/components/page-title';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <Paper sx={{ p: 4, maxWidth: 640 }}>
      <PageTitle title="Page not found" />
      <Typography variant="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography sx={{ mb: 3 }}>
        There is no page at <code>{pathname}</code>. The link may be old, or the address mistyped.
      </Typography>
      <Button variant="contained" component={RouterLink} to="/">
        Go to the upgrade calendar
      </Button>
    </Paper>
  );
}
