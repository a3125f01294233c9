import { z } from 'zod';

/*
 * Shapes every endpoint shares. Response schemas are plain objects (a field the backend adds later
 * is dropped, not fatal); request bodies are strict (a field the backend does not know is an
 * error, so a typo never passes silently).
 */

/** Optimistic concurrency: bumped by every save, sent back in If-Match. */
export const versionSchema = z.int().min(1);

/** An instant, always in UTC: "2026-11-18T09:00:00.000Z". */
export const instantSchema = z.iso.datetime();

/** One message per rejected field; `field` is the body's key ("timezone") or "" for the whole. */
export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Body of a 400. */
export const validationErrorBodySchema = z.object({
  message: z.string(),
  errors: z.array(fieldErrorSchema),
});
export type ValidationErrorBody = z.infer<typeof validationErrorBodySchema>;

/** Body of 403, 404, 428 and 5xx answers. */
export const errorBodySchema = z.object({ message: z.string() });

/** Body of a 409: the state that won, so the user can compare and decide. */
export function conflictBodySchema<T extends z.ZodType>(current: T) {
  return z.object({ message: z.string(), current });
}

/** Zod issues as the backend reports them: the first message of each field, unknown keys by name. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const add = (field: string, message: string) => {
    if (seen.has(field)) return;
    seen.add(field);
    errors.push({ field, message });
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, `"${key}" is not a field of this resource.`);
    } else {
      add(issue.path.map(String).join('.'), issue.message);
    }
  }
  return errors;
}

/**
 * For a cross-field rule (`superRefine`) that needs some fields to be valid first. Zod skips such
 * rules whenever any field failed; this runs them as long as the fields they read are sound, so a
 * user sees every problem at once.
 */
export function whenFieldsAreValid(...fields: string[]) {
  return (payload: z.core.ParsePayload): boolean =>
    typeof payload.value === 'object' &&
    payload.value !== null &&
    !payload.issues.some((issue) =>
      issue.path === undefined || issue.path.length === 0
        ? issue.code !== 'unrecognized_keys'
        : fields.includes(String(issue.path[0])),
    );
}

/** zod's "required" vs "wrong type" messages, in words a form can show next to the field. */
export function requiredText(label: string) {
  return {
    error: (issue: { input: unknown }) =>
      issue.input === undefined ? `${label} is required.` : `${label} must be text.`,
  };
}
