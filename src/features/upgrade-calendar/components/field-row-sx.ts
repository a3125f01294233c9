/**
 * A row of the calendar's fields: side by side and wrapping from a tablet up; on a phone (in the
 * settings sheet) stacked, each as wide as the sheet. Not wrapped when stacked: a wrapped column
 * is as wide as its widest field, not the sheet.
 */
export const fieldRowSx = {
  display: 'flex',
  flexDirection: { xs: 'column', sm: 'row' },
  gap: 2,
  flexWrap: { xs: 'nowrap', sm: 'wrap' },
} as const;
