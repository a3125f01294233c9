import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';

interface ConflictDialogProps {
  open: boolean;
  /** Who saved first and when, e.g. "Dana Admin, today at 09:14". */
  theirAuthor: string;
  theirs: ReactNode;
  yours: ReactNode;
  /**
   * What replacing theirs keeps of theirs and takes of yours, when it is not simply "all of
   * yours" (a merge); shown under both versions, and in the confirmation in place of the warning
   * that their change is overwritten.
   */
  replaceOutcome?: string;
  /** Drop your change and show theirs in the form. */
  onKeepTheirs: () => void;
  /** Save yours over theirs (sent with their version, so it is a deliberate overwrite). */
  onReplaceTheirs: () => void;
  replacing?: boolean;
}

/**
 * Someone else saved first. Never a silent overwrite: the administrator sees both versions and
 * replacing theirs takes a second, explicit confirmation.
 */
export function ConflictDialog(props: ConflictDialogProps) {
  const {
    open,
    theirAuthor,
    theirs,
    yours,
    replaceOutcome,
    onKeepTheirs,
    onReplaceTheirs,
    replacing = false,
  } = props;
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const close = (choice: () => void) => () => {
    setConfirmingReplace(false);
    choice();
  };

  return (
    <Dialog
      open={open}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="conflict-title">
        {confirmingReplace ? 'Replace their change with yours?' : 'Someone else saved first'}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-text" sx={{ mb: 2 }}>
          {!confirmingReplace
            ? `${theirAuthor} saved a change while you were editing. Your change is not saved yet.`
            : replaceOutcome === undefined
              ? `The change saved by ${theirAuthor} will be overwritten by yours. This cannot be undone here.`
              : `Your changes will be saved over those of ${theirAuthor}; the rest of theirs stays. This cannot be undone here.`}
        </DialogContentText>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
          <Paper component="section" aria-labelledby="conflict-theirs" sx={{ p: 2 }}>
            <Typography id="conflict-theirs" variant="h3" gutterBottom>
              Theirs (saved)
            </Typography>
            {theirs}
          </Paper>
          <Paper component="section" aria-labelledby="conflict-yours" sx={{ p: 2 }}>
            <Typography id="conflict-yours" variant="h3" gutterBottom>
              Yours (not saved)
            </Typography>
            {yours}
          </Paper>
        </Box>
        {replaceOutcome !== undefined && (
          <Typography sx={{ mt: 2 }}>
            If you replace theirs with yours: <strong>{replaceOutcome}</strong>
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        {confirmingReplace ? (
          <>
            <Button onClick={() => setConfirmingReplace(false)} disabled={replacing}>
              Back
            </Button>
            <Button color="warning" variant="contained" onClick={close(onReplaceTheirs)} loading={replacing}>
              Replace theirs with mine
            </Button>
          </>
        ) : (
          <>
            <Button onClick={close(onKeepTheirs)} variant="contained" autoFocus>
              Keep theirs
            </Button>
            <Button color="warning" onClick={() => setConfirmingReplace(true)}>
              Replace with mine…
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
