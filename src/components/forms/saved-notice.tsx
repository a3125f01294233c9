import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';

interface SavedNoticeProps {
  open: boolean;
  onClose: () => void;
  message?: string;
}

/** The confirmation after a save; role="status" so screen readers announce it without moving focus. */
export function SavedNotice({ open, onClose, message = 'Saved.' }: SavedNoticeProps) {
  // On a phone a notice spans the screen's width: at the bottom it would cover the Save button.
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  return (
    <Snackbar
      open={open}
      autoHideDuration={5000}
      onClose={onClose}
      anchorOrigin={{ vertical: phone ? 'top' : 'bottom', horizontal: 'left' }}
    >
      <Alert severity="success" variant="filled" role="status" onClose={onClose}>
        {message}
      </Alert>
    </Snackbar>
  );
}
