import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { PageTitle } from './page-title';

interface PageHeaderProps {
  /** Where the page sits in the menu, e.g. ["Network", "Sites"]. */
  trail: ReactNode[];
  title: string;
  /** Overrides the document title when the heading alone is ambiguous. */
  documentTitle?: string;
  actions?: ReactNode;
}

export function PageHeader({ trail, title, documentTitle, actions }: PageHeaderProps) {
  return (
    <Box sx={{ mb: 3, display: 'flex', gap: 2, alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <PageTitle title={documentTitle ?? title} />
      {/* A name may be 100 characters without a space: it wraps anywhere rather than widen the page. */}
      <Box sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
        <Breadcrumbs aria-label="Location in the console" sx={{ mb: 0.5 }}>
          {trail.map((step, index) => (
            <Typography key={index} variant="body2" color="text.secondary" component="span">
              {step}
            </Typography>
          ))}
        </Breadcrumbs>
        <Typography variant="h1">{title}</Typography>
      </Box>
      {actions}
    </Box>
  );
}
