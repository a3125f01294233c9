import Alert from '@mui/material/Alert';
import { useOnline } from './use-online';

/** While the browser is offline: say so, so a page that does not open yet is not taken for broken. */
export function OfflineNotice() {
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ mb: 2 }}>
      You are offline. What is on screen stays; a page you open now opens as soon as the connection is back.
    </Alert>
  );
}
