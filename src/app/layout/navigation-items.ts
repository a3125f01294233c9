import type { SvgIconComponent } from '@mui/icons-material';
import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import LanOutlined from '@mui/icons-material/LanOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';

export interface NavigationItem {
  label: string;
  to: string;
  icon: SvgIconComponent;
}

export interface NavigationGroup {
  label: string;
  items: NavigationItem[];
}

// The reference product's menu, with the calendar placed beside the sites it describes.
export const navigationGroups: NavigationGroup[] = [
  {
    label: 'Network',
    items: [
      { label: 'Sites', to: '/network/sites', icon: LanOutlined },
      { label: 'Upgrade calendar', to: '/upgrade-calendar', icon: CalendarMonthOutlined },
    ],
  },
  {
    label: 'Administration',
    items: [
      { label: 'System Settings', to: '/administration/system-settings', icon: SettingsOutlined },
      { label: 'Audit Trail', to: '/administration/audit-trail', icon: HistoryOutlined },
    ],
  },
];
