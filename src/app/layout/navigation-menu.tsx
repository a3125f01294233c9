import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { NavLink } from 'react-router';
import { navigationGroups } from './navigation-items';

export function NavigationMenu({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <nav aria-label="Main menu">
      {navigationGroups.map((group) => (
        <List
          key={group.label}
          dense
          aria-labelledby={`nav-group-${group.label}`}
          subheader={
            <ListSubheader id={`nav-group-${group.label}`} disableSticky sx={{ bgcolor: 'transparent' }}>
              {group.label}
            </ListSubheader>
          }
        >
          {group.items.map(({ label, to, icon: Icon }) => (
            // ListItem keeps axe's "list" rule happy: a list holds list items, not bare buttons.
            <ListItem key={to} disablePadding>
              <ListItemButton
                component={NavLink}
                to={to}
                onClick={onNavigate}
                sx={{ mx: 1, borderRadius: 1, '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={label} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      ))}
    </nav>
  );
}
