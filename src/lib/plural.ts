/*
 * Counted words ("1 site", "5,000 sites") through Intl.PluralRules, not hand-written ternaries:
 * the rules pick the form, so a language with other plural categories needs only its forms.
 * The console's words are English; numbers are grouped the English way ("5,000").
 */

/** The forms of one word, by plural category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

/** The form of `forms` that `count` takes: pluralForm(1, SITE) === 'site'. */
export function pluralForm(count: number, forms: PluralForms): string {
  return forms[rules.select(count)] ?? forms.other;
}

/** A count alone, grouped as countOf groups it: formatCount(5000) === '5,000'. */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/** The count and its word: countOf(5000, SITE) === '5,000 sites'. */
export function countOf(count: number, forms: PluralForms): string {
  return `${numbers.format(count)} ${pluralForm(count, forms)}`;
}

/** Words the console counts; add a word here rather than writing its plural inline. */
export const SITE: PluralForms = { one: 'site', other: 'sites' };
export const ZONE: PluralForms = { one: 'time zone', other: 'time zones' };
export const DAY: PluralForms = { one: 'day', other: 'days' };
export const WEEK: PluralForms = { one: 'week', other: 'weeks' };
export const HOUR: PluralForms = { one: 'hour', other: 'hours' };
export const MINUTE: PluralForms = { one: 'minute', other: 'minutes' };
export const WAVE: PluralForms = { one: 'wave', other: 'waves' };
export const CHANGE: PluralForms = { one: 'change', other: 'changes' };
export const PAGE: PluralForms = { one: 'page', other: 'pages' };
export const EVENT: PluralForms = { one: 'event', other: 'events' };
export const COUNTRY: PluralForms = { one: 'country', other: 'countries' };
export const FREEZE: PluralForms = { one: 'freeze', other: 'freezes' };

/** Verbs that agree with the count before them: `${countOf(n, SITE)} ${pluralForm(n, UPGRADES)}`. */
export const IS: PluralForms = { one: 'is', other: 'are' };
export const UPGRADES: PluralForms = { one: 'upgrades', other: 'upgrade' };
export const WAITS: PluralForms = { one: 'waits', other: 'wait' };
export const HAS: PluralForms = { one: 'has', other: 'have' };
export const ITS: PluralForms = { one: 'its', other: 'their' };
export const REPLACES: PluralForms = { one: 'replaces', other: 'replace' };
