import Typography from '@mui/material/Typography';
import { ConflictDialog } from '@/components/forms/conflict-dialog';
import { countryName } from '@/domain/places';
import type { SiteFormValues } from './site-form-values';
import type { SiteConflict } from './use-save-site-general';

function SiteSummaryText({ values }: { values: SiteFormValues }) {
  const place = [values.cityName, countryName(values.countryCode) ?? values.countryCode]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Typography sx={{ fontWeight: 500 }}>{values.name}</Typography>
      <Typography variant="body2">
        {values.siteType} · {values.connectionType}
      </Typography>
      <Typography variant="body2">{place}</Typography>
      <Typography variant="body2">Time Zone: {values.timezone}</Typography>
      {values.description && (
        <Typography variant="body2" color="text.secondary">
          {values.description}
        </Typography>
      )}
    </>
  );
}

interface SiteConflictDialogProps {
  conflict: SiteConflict;
  replacing: boolean;
  onKeepTheirs: () => void;
  onReplaceTheirs: (conflict: SiteConflict) => void;
}

export function SiteConflictDialog({
  conflict,
  replacing,
  onKeepTheirs,
  onReplaceTheirs,
}: SiteConflictDialogProps) {
  const { theirs, yours } = conflict;
  return (
    <ConflictDialog
      open
      theirAuthor={theirs.updatedBy}
      theirs={<SiteSummaryText values={{ ...theirs }} />}
      yours={<SiteSummaryText values={yours} />}
      onKeepTheirs={onKeepTheirs}
      onReplaceTheirs={() => onReplaceTheirs(conflict)}
      replacing={replacing}
    />
  );
}
