import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { MaintenanceWindowSection } from '@/features/maintenance-window/components/maintenance-window-section';

/** Administration > System Settings. Each section keeps an id for deep links (#maintenance-window). */
export function SystemSettingsPage() {
  const { hash } = useLocation();
  useEffect(() => {
    // The route is lazy, so the browser's own jump to the hash happened before the page existed.
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);

  return (
    <>
      <PageHeader trail={['Administration']} title="System Settings" />
      <MaintenanceWindowSection />
    </>
  );
}
