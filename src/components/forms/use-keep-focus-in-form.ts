import { useLayoutEffect, useRef } from 'react';

/**
 * A save control that turns busy or disabled while it has the focus would drop the focus to the
 * page's <body>, and a keyboard user would start again from the top. Before that happens the
 * focus moves to the control's form (which needs `tabIndex={-1}`), so the next Tab goes on from
 * there. Runs as a layout effect: after the control is disabled, before the browser moves focus.
 */
export function useKeepFocusInForm(unusable: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const control = ref.current;
    if (!unusable || control === null || control.ownerDocument.activeElement !== control) return;
    control.form?.focus({ preventScroll: true });
  }, [unusable]);
  return ref;
}

/**
 * Props for a form that can take the focus from its save controls: focusable by script only
 * (`tabIndex={-1}`, never a Tab stop), with a ring clear of its fields when the keyboard put it
 * there.
 */
export const focusableFormProps = {
  tabIndex: -1,
  sx: {
    borderRadius: 1,
    '&:focus': { outline: 'none' },
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 6 },
  },
} as const;
