import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { AUDIT_KINDS, type AuditActor, type AuditKind } from '@/contract/audit-log';
import type { SiteSummary } from '@/contract/sites';
import { useAllSites } from '@/api/sites/get-all-sites';
import { isRangeBackwards, NO_FILTERS, type AuditTrailState } from '../model/audit-trail-params';
import { KIND_LABELS } from '../model/describe-audit-entry';

const ALL = '';
// "Everything" and "Anyone" are choices like the others: shown, not left as an empty field.
const showEmptyChoice = { select: { displayEmpty: true }, inputLabel: { shrink: true } } as const;
// A 5,000-site account: the list shows the first matches of what is typed, not every site at once.
const filterSites = createFilterOptions<Pick<SiteSummary, 'id' | 'name'>>({ limit: 100 });

interface AuditTrailFiltersProps {
  state: AuditTrailState;
  onChange: (change: Partial<AuditTrailState>) => void;
  /** Everyone with an entry in the log, from the server. */
  actors: readonly AuditActor[];
  filtered: boolean;
}

/** Filters by kind of change, site, administrator and date range (days on the viewer's clock). */
export function AuditTrailFilters({ state, onChange, actors, filtered }: AuditTrailFiltersProps) {
  const allSites = useAllSites();
  const sites = useMemo(
    () =>
      [...(allSites.sites ?? []), ...(allSites.unrecognised ?? [])].sort((a, b) =>
        a.name.localeCompare(b.name, 'en'),
      ),
    [allSites.sites, allSites.unrecognised],
  );
  const chosenSite = sites.find((site) => site.id === state.siteId) ?? null;
  // An administrator named in the URL stays choosable even before (or without) an entry of theirs.
  const actorOptions =
    state.actor && !actors.some((actor) => actor.email === state.actor)
      ? [...actors, { name: state.actor, email: state.actor }]
      : actors;
  const backwards = isRangeBackwards(state);

  return (
    <Box
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}
      role="search"
      aria-label="Filter the audit trail"
    >
      <TextField
        select
        label="What changed"
        value={state.kind ?? ALL}
        onChange={(event) => onChange({ kind: (event.target.value || null) as AuditKind | null })}
        slotProps={showEmptyChoice}
        sx={{ flex: '1 1 170px' }}
      >
        <MenuItem value={ALL}>Everything</MenuItem>
        {AUDIT_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        sx={{ flex: '1 1 190px' }}
        options={sites}
        value={chosenSite}
        onChange={(_event, site) => onChange({ siteId: site?.id ?? null })}
        getOptionLabel={(site) => site.name}
        getOptionKey={(site) => site.id}
        isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
        filterOptions={filterSites}
        loading={allSites.sites === undefined && !allSites.error}
        loadingText="Loading sites…"
        autoHighlight
        renderInput={(params) => <TextField {...params} label="Site" />}
      />
      <TextField
        select
        label="Administrator"
        value={state.actor ?? ALL}
        onChange={(event) => onChange({ actor: event.target.value || null })}
        slotProps={showEmptyChoice}
        sx={{ flex: '1 1 170px' }}
      >
        <MenuItem value={ALL}>Anyone</MenuItem>
        {actorOptions.map((actor) => (
          <MenuItem key={actor.email} value={actor.email}>
            {actor.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label="From"
        value={state.from ?? ''}
        onChange={(event) => onChange({ from: event.target.value || null })}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ flex: '0 1 160px' }}
      />
      <TextField
        type="date"
        label="To"
        value={state.to ?? ''}
        onChange={(event) => onChange({ to: event.target.value || null })}
        error={backwards}
        helperText={backwards ? 'Choose a day on or after the From day.' : undefined}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: state.from ?? undefined } }}
        sx={{ flex: '0 1 160px' }}
      />
      {filtered && (
        <Button onClick={() => onChange(NO_FILTERS)} sx={{ alignSelf: 'center' }}>
          Clear filters
        </Button>
      )}
    </Box>
  );
}
