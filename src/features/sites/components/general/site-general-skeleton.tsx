import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { LoadingStatus } from '@/components/loading-status';

/** The form's shape while the site loads, so nothing jumps when it arrives. */
export function SiteGeneralSkeleton() {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 3 } }} aria-busy="true">
      <LoadingStatus>Loading the site…</LoadingStatus>
      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {Array.from({ length: 8 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={56} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={56} sx={{ mt: 2.5, maxWidth: { md: 'calc(50% - 10px)' } }} />
      <Skeleton variant="rounded" height={36} width={96} sx={{ mt: 3 }} />
    </Paper>
  );
}
