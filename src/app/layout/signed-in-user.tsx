import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMe } from '@/api/account/get-me';
import { LoadingStatus } from '@/components/loading-status';

/** Who is signed in, and whether they may change settings (viewers may not). */
export function SignedInUser() {
  const me = useMe();
  if (me.isPending) {
    return (
      <Box aria-busy="true">
        <LoadingStatus>Loading who is signed in…</LoadingStatus>
        <Skeleton variant="text" width={120} sx={{ bgcolor: 'rgba(255,255,255,0.3)' }} />
      </Box>
    );
  }
  if (me.isError) return <Typography variant="body2">User unknown</Typography>;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, ml: 1 }} title={me.data.email}>
      <AccountCircleOutlined aria-hidden />
      <Typography variant="body2" sx={{ display: { xs: 'none', sm: 'block' } }}>
        {me.data.name}
      </Typography>
      {me.data.role === 'viewer' && (
        <Chip
          size="small"
          label="Viewer"
          sx={{ bgcolor: 'rgba(255,255,255,0.9)', color: 'rgba(0,0,0,0.87)' }}
        />
      )}
    </Box>
  );
}
