import { http, HttpResponse } from 'msw';
import {
  freezeRuleErrors,
  upgradeFreezeInputSchema,
  type StoredUpgradeFreeze,
  type UpgradeFreezeValues,
} from '@/contract/upgrade-freezes';
import { apiPath } from '../api-path';
import { db, transact } from '../db';
import { createFreeze, deleteFreeze, rivalSavesFreeze, updateFreeze } from '../freeze-saves';
import type { MockData } from '../mock-data';
import { networkDelay } from '../network-delay';
import { readJsonBody } from '../requests';
import { invalidInput, notFound, notJson, validationFailed, withVersion } from '../responses';
import { refuseSave, refuseUnversionedSave } from '../save-guard';
import { CURRENT_USER, RIVAL_ADMIN } from '../seed';

/*
 * Upgrade freezes. Creating one sends no version (there is none yet); changing or deleting one
 * sends the version edited in If-Match. The server's clock (`new Date()` when the request is
 * handled) decides what is in the past: a freeze over on every site's clock may be deleted, not
 * created or moved there.
 */

const PATH = '/api/upgrade-freezes';
const findFreeze = (data: MockData, id: string) => data.upgradeFreezes.find((freeze) => freeze.id === id);
const noSuchFreeze = (id: string) => `There is no upgrade freeze with id "${id}".`;

/** The body checked as the contract says, then against the other freezes and the clock. */
function validFreeze(
  data: MockData,
  body: unknown,
  freezeId: string | undefined,
): { values: UpgradeFreezeValues } | { refusal: Response } {
  const input = upgradeFreezeInputSchema.safeParse(body);
  if (!input.success) return { refusal: invalidInput(input.error) };
  const others = data.upgradeFreezes.filter((freeze) => freeze.id !== freezeId);
  const before = freezeId === undefined ? undefined : findFreeze(data, freezeId);
  const errors = freezeRuleErrors(input.data, { others, before, now: new Date() });
  return errors.length > 0 ? { refusal: validationFailed(errors) } : { values: input.data };
}

export const upgradeFreezeHandlers = [
  http.get(apiPath(PATH), async () => {
    await networkDelay();
    return HttpResponse.json<StoredUpgradeFreeze[]>(db().upgradeFreezes);
  }),

  http.post(apiPath(PATH), async ({ request }) => {
    await networkDelay();
    const json = await readJsonBody(request);
    // From here on nothing awaits: the checks, the save and its audit entry see one state.
    return transact((data) => {
      const refusal = refuseUnversionedSave();
      if (refusal) return refusal;
      if (!json) return notJson();
      const checked = validFreeze(data, json.body, undefined);
      if ('refusal' in checked) return checked.refusal;
      const created = createFreeze(data, checked.values, CURRENT_USER);
      return HttpResponse.json<StoredUpgradeFreeze>(created, {
        status: 201,
        headers: { ETag: `"${created.version}"`, Location: `${PATH}/${created.id}` },
      });
    });
  }),

  http.put(apiPath(`${PATH}/:freezeId`), async ({ request, params }) => {
    await networkDelay();
    const freezeId = String(params.freezeId);
    const json = await readJsonBody(request);
    return transact((data) => {
      const refusal = refuseSave({
        request,
        current: () => findFreeze(data, freezeId),
        rivalSave: () => rivalSavesFreeze(data, freezeId, RIVAL_ADMIN),
        notFoundMessage: noSuchFreeze(freezeId),
      });
      if (refusal) return refusal;
      if (!json) return notJson();
      const checked = validFreeze(data, json.body, freezeId);
      if ('refusal' in checked) return checked.refusal;
      const saved = updateFreeze(data, freezeId, checked.values, CURRENT_USER);
      return saved ? withVersion(saved) : notFound(noSuchFreeze(freezeId));
    });
  }),

  http.delete(apiPath(`${PATH}/:freezeId`), async ({ request, params }) => {
    await networkDelay();
    const freezeId = String(params.freezeId);
    return transact((data) => {
      const refusal = refuseSave({
        request,
        current: () => findFreeze(data, freezeId),
        rivalSave: () => rivalSavesFreeze(data, freezeId, RIVAL_ADMIN),
        notFoundMessage: noSuchFreeze(freezeId),
      });
      if (refusal) return refusal;
      // Any freeze may go, one that is over included: it then stops showing in the lists.
      return deleteFreeze(data, freezeId, CURRENT_USER)
        ? new HttpResponse(null, { status: 204 })
        : notFound(noSuchFreeze(freezeId));
    });
  }),
];
