import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control } from 'react-hook-form';
import { CONNECTION_TYPES, SITE_TYPES } from '@/contract/sites';
import type { SiteFormValues } from './site-form-values';

interface FieldsProps {
  control: Control<SiteFormValues>;
  readOnly: boolean;
}

/** Name, Description, Site Type and Connection Type (the Socket model). */
export function SiteIdentityFields({ control, readOnly }: FieldsProps) {
  const slotProps = { htmlInput: { readOnly } };
  // No native maxLength on the text fields: it counts code units (a flag is four) and silently
  // cuts what was typed. The schema counts characters as people see them and says so.
  return (
    <>
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Name"
            required={!readOnly}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { readOnly } }}
          />
        )}
      />
      <Controller
        control={control}
        name="description"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            label="Description"
            multiline
            minRows={1}
            maxRows={4}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ htmlInput: { readOnly } }}
          />
        )}
      />
      <Controller
        control={control}
        name="siteType"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label="Site Type"
            required={!readOnly}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ ...slotProps, select: { readOnly } }}
          >
            {SITE_TYPES.map((siteType) => (
              <MenuItem key={siteType} value={siteType}>
                {siteType}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Controller
        control={control}
        name="connectionType"
        render={({ field, fieldState }) => (
          <TextField
            {...field}
            select
            label="Connection Type"
            required={!readOnly}
            error={Boolean(fieldState.error)}
            helperText={fieldState.error?.message}
            slotProps={{ ...slotProps, select: { readOnly } }}
          >
            {CONNECTION_TYPES.map((connectionType) => (
              <MenuItem key={connectionType} value={connectionType}>
                {connectionType}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
    </>
  );
}
