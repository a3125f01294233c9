import Link from '@mui/material/Link';
import { Link as RouterLink, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { useCanEdit } from '@/components/forms/use-can-edit';
import { isApiError } from '@/lib/api-error';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { useSite } from '@/api/sites/get-site';
import { SiteGeneralForm } from './general/site-general-form';
import { SiteGeneralSkeleton } from './general/site-general-skeleton';
import { SiteNotFound } from './general/site-not-found';
import { LoadErrorAlert } from '@/components/load-error-alert';

/** Network > Sites > (site) > Site Configuration > General. */
export function SiteGeneralPage() {
  const siteId = useParams().siteId ?? '';
  const site = useSite(siteId);
  const maintenanceWindow = useMaintenanceWindow();
  const { canEdit, isPending: roleLoading } = useCanEdit();
  const notFound = isApiError(site.error, 'not-found');
  const title = site.data?.name ?? (notFound ? 'Site not found' : site.isPending ? 'Loading site…' : 'Site');

  const trail = [
    'Network',
    <Link key="sites" component={RouterLink} to="/network/sites" color="inherit">
      Sites
    </Link>,
    ...(site.data ? [site.data.name] : []),
    'Site Configuration',
    'General',
  ];

  let content;
  if (site.data && !roleLoading) {
    content = (
      <SiteGeneralForm
        saved={site.data}
        canEdit={canEdit}
        maintenanceWindow={maintenanceWindow.data}
        maintenanceWindowError={maintenanceWindow.isError}
      />
    );
  } else if (notFound) {
    content = <SiteNotFound siteId={siteId} />;
  } else if (site.isError) {
    content = (
      <LoadErrorAlert
        what="The site"
        error={site.error}
        onRetry={() => void site.refetch()}
        retrying={site.isFetching}
      />
    );
  } else {
    content = <SiteGeneralSkeleton />;
  }

  return (
    <>
      <PageHeader
        trail={trail}
        title={title}
        documentTitle={site.data ? `${site.data.name} · General` : title}
      />
      {content}
    </>
  );
}
