import { mergeChanges } from '@/components/forms/three-way-merge';
import type { SiteGeneralValues } from '@/contract/site-general-input';
import type { Site } from '@/contract/sites';
import { IS, pluralForm, REPLACES } from '@/lib/plural';
import { SITE_FIELD_LABELS, SITE_FORM_FIELDS, toSiteFormValues } from './site-form-values';

/** A save that lost to another administrator's: what both sides hold, and what the form started from. */
export interface SiteConflict {
  /** The site as the form loaded it: what both administrators started from. */
  base: Site;
  /** The site as the other administrator saved it. */
  theirs: Site;
  /** What this administrator tried to save (validated: trimmed, canonical zone). */
  yours: SiteGeneralValues;
}

/** The site fields a replace saves: theirs, with this administrator's changes (only those) over them. */
export function mergeSiteConflict({ base, theirs, yours }: SiteConflict) {
  return mergeChanges<SiteGeneralValues, (typeof SITE_FORM_FIELDS)[number]>({
    base: toSiteFormValues(base),
    theirs: toSiteFormValues(theirs),
    yours,
    fields: SITE_FORM_FIELDS,
    // A state belongs to its country: one of theirs with a country of yours would be refused.
    together: [['countryCode', 'stateCode']],
  });
}

/** "Description and Address" */
function fieldList(fields: readonly (typeof SITE_FORM_FIELDS)[number][]): string {
  const labels = fields.map((field) => SITE_FIELD_LABELS[field]);
  return labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * What "replace theirs with mine" does, in one sentence: "Their Description is kept; your Address
 * replaces theirs."
 */
export function describeSiteReplace(conflict: SiteConflict): string {
  const { differences } = mergeSiteConflict(conflict);
  const kept = differences.filter((difference) => difference.result === 'theirs').map((d) => d.field);
  const replaced = differences.filter((difference) => difference.result === 'yours').map((d) => d.field);
  const keptText = kept.length === 0 ? '' : `their ${fieldList(kept)} ${pluralForm(kept.length, IS)} kept`;
  const replacedText =
    replaced.length === 0
      ? ''
      : `your ${fieldList(replaced)} ${pluralForm(replaced.length, REPLACES)} theirs`;
  const sentence = [keptText, replacedText].filter(Boolean).join('; ') || 'nothing of theirs changes';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
