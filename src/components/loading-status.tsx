import Box from '@mui/material/Box';

// Read by screen readers, not seen: the placeholder shapes around it already show the loading.
// In pixels, as strings: in `sx` a bare 1 is a fraction, and `width: 1` made this span as wide as
// its containing block, so that a page on a phone scrolled sideways while something loaded.
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * Says what a loading placeholder stands for. A Skeleton is a bare shape that may carry no name
 * (aria-label is not allowed on it); the region it fills is marked aria-busy and holds this status.
 */
export function LoadingStatus({ children }: { children: string }) {
  return (
    <Box component="span" role="status" sx={visuallyHidden}>
      {children}
    </Box>
  );
}
