import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

interface SavedNoticeProps {
  open: boolean;
  onClose: () => void;
  message?: string;
}

/** The confirmation after a save; role="status" so screen readers announce it without moving focus. */
export function SavedNotice({ open, onClose, message = 'Saved.' }: SavedNoticeProps) {
  return (
    <Snackbar
      open={open}
      autoHideDuration={5000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      <Alert severity="success" variant="filled" role="status" onClose={onClose}>
        {message}
      </Alert>
    </Snackbar>
  );
}
