import Box from '@mui/material/Box';

// Read by screen readers, not seen: the placeholder shapes around it already show the loading.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
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
