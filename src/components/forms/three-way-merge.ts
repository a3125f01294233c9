/*
 * "Replace theirs with mine" after a conflict must replace only what this administrator changed.
 * Sending the whole form would silently revert every field the other administrator changed and
 * this one did not. A three-way merge over the version the form was loaded from (base), the
 * version that won (theirs) and the form (yours) tells the two apart.
 */

/** A field whose value differs between theirs and yours, and which of the two a replace keeps. */
export interface FieldDifference<Field extends string> {
  field: Field;
  changedByThem: boolean;
  changedByYou: boolean;
  /** What "replace theirs with mine" saves for this field. */
  result: 'theirs' | 'yours';
}

export interface ThreeWayMerge<Values, Field extends string> {
  /** Theirs, with what you changed (and only that) put over it. */
  merged: Values;
  /** Every field where theirs and yours differ, in the order of `fields`. */
  differences: FieldDifference<Field>[];
}

interface MergeInput<Values, Field extends keyof Values & string> {
  base: Values;
  theirs: Values;
  yours: Values;
  fields: readonly Field[];
  /**
   * Fields that only make sense together (a country and its state): when you changed any of
   * them, all of them are yours, so a merge never pairs your state with their country.
   */
  together?: readonly (readonly Field[])[];
}

export function mergeChanges<Values, Field extends keyof Values & string>(
  input: MergeInput<Values, Field>,
): ThreeWayMerge<Values, Field> {
  const { base, theirs, yours, fields, together = [] } = input;
  const changed = (version: Values, field: Field) => !Object.is(version[field], base[field]);
  const takesYours = (field: Field) => {
    const group = together.find((fieldsOfGroup) => fieldsOfGroup.includes(field)) ?? [field];
    return group.some((member) => changed(yours, member));
  };

  const merged = { ...theirs };
  const differences: FieldDifference<Field>[] = [];
  for (const field of fields) {
    const result = takesYours(field) ? 'yours' : 'theirs';
    if (result === 'yours') merged[field] = yours[field];
    if (Object.is(theirs[field], yours[field])) continue;
    differences.push({
      field,
      changedByThem: changed(theirs, field),
      changedByYou: changed(yours, field),
      result,
    });
  }
  return { merged, differences };
}
