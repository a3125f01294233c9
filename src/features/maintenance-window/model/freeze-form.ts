import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import {
  freezeRuleErrors,
  upgradeFreezeInputSchema,
  type StoredUpgradeFreeze,
  type UpgradeFreezeInput,
  type UpgradeFreezeValues,
} from '@/contract/upgrade-freezes';

/** What the freeze dialog holds: the name as typed, the dates as "yyyy-MM-dd" (empty until chosen). */
export type FreezeFormValues = UpgradeFreezeInput;

export const FREEZE_FIELDS = ['name', 'startDate', 'endDate'] as const;
export type FreezeField = (typeof FREEZE_FIELDS)[number];

/** A server field name as a field of the dialog ("" and unknown ones go to the name). */
export function freezeFieldOf(field: string): FreezeField {
  return (FREEZE_FIELDS as readonly string[]).includes(field) ? (field as FreezeField) : 'name';
}

export function toFreezeFormValues(freeze?: Pick<StoredUpgradeFreeze, FreezeField>): FreezeFormValues {
  return {
    name: freeze?.name ?? '',
    startDate: freeze?.startDate ?? '',
    endDate: freeze?.endDate ?? '',
  };
}

const schemaResolver = zodResolver(upgradeFreezeInputSchema);

/**
 * The contract's schema, then the rules the server checks against the other freezes and its
 * clock (overlap, wholly past), with the server's own words: each shows at its field before a
 * request is sent. The server checks again; its answer wins.
 */
export function freezeResolver(
  others: readonly StoredUpgradeFreeze[],
  before: StoredUpgradeFreeze | undefined,
): Resolver<FreezeFormValues, unknown, UpgradeFreezeValues> {
  return async (values, context, options) => {
    const result = await schemaResolver(values, context, options);
    const parsed = upgradeFreezeInputSchema.safeParse(values);
    if (!parsed.success) return result;
    // The clock of the moment of saving, as the server reads its own.
    const errors = freezeRuleErrors(parsed.data, { others, before, now: new Date() });
    if (errors.length === 0) return result;
    return {
      values: {},
      errors: Object.fromEntries(
        errors.map((error) => [freezeFieldOf(error.field), { type: 'rule', message: error.message }]),
      ),
    };
  };
}
