import Button, { type ButtonProps } from '@mui/material/Button';
import { useKeepFocusInForm } from './use-keep-focus-in-form';

interface SaveButtonProps extends Omit<ButtonProps, 'type' | 'loading' | 'ref'> {
  saving: boolean;
}

/**
 * The form's submit button. While saving it shows a spinner and ignores clicks, but keeps its
 * name "Save" for assistive technology. (The save flow itself drops a second submit: a click can
 * arrive before this button shows that it is busy.) When it turns busy or disabled under the
 * keyboard's focus, the focus stays in its form.
 */
export function SaveButton({ saving, children = 'Save', disabled, ...props }: SaveButtonProps) {
  const ref = useKeepFocusInForm(saving || Boolean(disabled));
  return (
    <Button
      ref={ref}
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
