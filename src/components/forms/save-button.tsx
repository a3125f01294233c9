import Button, { type ButtonProps } from '@mui/material/Button';

interface SaveButtonProps extends Omit<ButtonProps, 'type' | 'loading'> {
  saving: boolean;
}

/**
 * The form's submit button. While saving it shows a spinner and ignores clicks (a second click
 * must not send a second request), but keeps its name "Save" for assistive technology.
 */
export function SaveButton({ saving, children = 'Save', disabled, ...props }: SaveButtonProps) {
  return (
    <Button
      type="submit"
      variant="contained"
      loading={saving}
      loadingPosition="start"
      disabled={disabled}
      aria-busy={saving}
      {...props}
    >
      {children}
    </Button>
  );
}
