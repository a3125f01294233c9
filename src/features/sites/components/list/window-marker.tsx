import Box from '@mui/material/Box';

/**
 * Which window a site follows: a framed "Own: Tuesday 02:00 – 04:00" stands out in a column of
 * plain "Account's", so the exceptions are seen at a glance.
 */
export function WindowMarker({ ownWindow }: { ownWindow: string | undefined }) {
  if (ownWindow === undefined) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        Account's
      </Box>
    );
  }
  return (
    <Box
      component="span"
      sx={{
        px: 0.75,
        py: 0.125,
        border: 1,
        borderColor: 'primary.main',
        borderRadius: 1,
        color: 'primary.main',
        fontWeight: 500,
        whiteSpace: 'nowrap',
      }}
    >
      Own: {ownWindow}
    </Box>
  );
}
