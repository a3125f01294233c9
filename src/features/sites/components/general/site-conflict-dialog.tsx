import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ConflictDialog } from '@/components/forms/conflict-dialog';
import type { FieldDifference } from '@/components/forms/three-way-merge';
import { countryName, stateName } from '@/domain/places';
import { describeSiteReplace, mergeSiteConflict, type SiteConflict } from './site-conflict-merge';
import { SITE_FIELD_LABELS, type SITE_FORM_FIELDS } from './site-form-values';

type SiteField = (typeof SITE_FORM_FIELDS)[number];

/** A field's value as the form shows it: names for codes, and "None" for nothing. */
function shownValue(field: SiteField, value: string | null): string {
  if (value === null || value === '') return 'None';
  if (field === 'countryCode') return countryName(value) ?? value;
  if (field === 'stateCode') return stateName(value) ?? value;
  return value;
}

interface SideProps {
  side: 'theirs' | 'yours';
  differences: readonly FieldDifference<SiteField>[];
  values: Record<SiteField, string | null>;
}

/** One side's value of every field that differs, and what a replace does with it. */
function SiteSide({ side, differences, values }: SideProps) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1 }}>
      {differences.map(({ field, changedByThem, changedByYou, result }) => {
        const changed = side === 'theirs' ? changedByThem : changedByYou;
        const note =
          side === 'theirs'
            ? result === 'theirs'
              ? 'Kept'
              : undefined
            : result === 'yours'
              ? 'Replaces theirs'
              : undefined;
        return (
          <div key={field}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 500 }}>
              {SITE_FIELD_LABELS[field]}
              {changed && (
                <Typography component="span" variant="body2" color="text.secondary">
                  {side === 'theirs' ? ' (changed by them)' : ' (changed by you)'}
                </Typography>
              )}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{ m: 0, overflowWrap: 'anywhere', color: changed ? 'text.primary' : 'text.secondary' }}
            >
              {shownValue(field, values[field])}
              {note !== undefined && <strong>{` · ${note}`}</strong>}
            </Typography>
          </div>
        );
      })}
    </Box>
  );
}

interface SiteConflictDialogProps {
  conflict: SiteConflict;
  onKeepTheirs: () => void;
  onReplaceTheirs: () => void;
}

/**
 * Every field where their saved site and this administrator's differ, who changed it, and what
 * "replace theirs with mine" would keep: it replaces only what this administrator changed.
 */
export function SiteConflictDialog({ conflict, onKeepTheirs, onReplaceTheirs }: SiteConflictDialogProps) {
  const { differences } = mergeSiteConflict(conflict);
  return (
    <ConflictDialog
      open
      theirAuthor={conflict.theirs.updatedBy}
      theirs={<SiteSide side="theirs" differences={differences} values={conflict.theirs} />}
      yours={<SiteSide side="yours" differences={differences} values={conflict.yours} />}
      replaceOutcome={describeSiteReplace(conflict)}
      onKeepTheirs={onKeepTheirs}
      onReplaceTheirs={onReplaceTheirs}
    />
  );
}
