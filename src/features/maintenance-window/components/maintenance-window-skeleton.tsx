import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { LoadingStatus } from '@/components/loading-status';

/** Holds the form's place while the window loads, at its size, so nothing jumps when it arrives. */
export function MaintenanceWindowSkeleton() {
  return (
    <Box aria-busy="true">
      <LoadingStatus>Loading the maintenance window…</LoadingStatus>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Skeleton variant="rounded" width={200} height={56} />
        <Skeleton variant="rounded" width={240} height={56} />
        <Skeleton variant="rounded" width={88} height={40} sx={{ mt: 1 }} />
      </Box>
      <Skeleton variant="text" width={320} sx={{ mt: 1 }} />
      <Skeleton variant="text" width={220} sx={{ mt: 3, fontSize: '1.25rem' }} />
      <Skeleton variant="rounded" height={120} />
    </Box>
  );
}
