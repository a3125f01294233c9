import { http, HttpResponse } from 'msw';
import {
  bulkSiteWindowInputSchema,
  siteWindowInputSchema,
  type BulkSiteWindowAnswer,
  type BulkSiteWindowResult,
} from '@/contract/site-window';
import { apiPath } from '../api-path';
import { transact } from '../db';
import type { MockData } from '../mock-data';
import { networkDelay } from '../network-delay';
import { readJsonBody } from '../requests';
import { invalidInput, notFound, notJson, withVersion } from '../responses';
import { refuseSave, refuseUnversionedSave } from '../save-guard';
import { rivalSavesSiteWindow, saveSiteWindow } from '../saves';
import { CURRENT_USER, RIVAL_ADMIN } from '../seed';

/*
 * A site's own window, one site at a time (PUT, If-Match: the site's version) or several at once
 * (POST, each site's version in the body). Both change the same field the same way; the bulk
 * save answers what became of every site it was given.
 */

const findSite = (data: MockData, id: string) => data.sites.find((site) => site.id === id);
const noSuchSite = (id: string) => `There is no site with id "${id}".`;

export const siteWindowHandlers = [
  http.put(apiPath('/api/sites/:siteId/upgrade-window'), async ({ request, params }) => {
    await networkDelay();
    const siteId = String(params.siteId);
    const json = await readJsonBody(request);
    // From here on nothing awaits: the checks, the save and its audit entry see one state.
    return transact((data) => {
      const refusal = refuseSave({
        request,
        current: () => findSite(data, siteId),
        rivalSave: () => rivalSavesSiteWindow(data, siteId, RIVAL_ADMIN),
        notFoundMessage: noSuchSite(siteId),
      });
      if (refusal) return refusal;

      if (!json) return notJson();
      const input = siteWindowInputSchema.safeParse(json.body);
      if (!input.success) return invalidInput(input.error);
      const saved = saveSiteWindow(data, siteId, input.data.upgradeWindow, CURRENT_USER);
      return saved ? withVersion(saved) : notFound(noSuchSite(siteId));
    });
  }),

  http.post(apiPath('/api/sites/upgrade-window'), async ({ request }) => {
    await networkDelay();
    const json = await readJsonBody(request);
    return transact((data) => {
      const input = json ? bulkSiteWindowInputSchema.safeParse(json.body) : undefined;
      const refusal = refuseUnversionedSave({
        // conflict-next-save: another administrator moves the first listed site's window just before.
        rivalSave: () => {
          const first = input?.data?.sites[0];
          if (first) rivalSavesSiteWindow(data, first.siteId, RIVAL_ADMIN);
        },
      });
      if (refusal) return refusal;

      if (!input) return notJson();
      if (!input.success) return invalidInput(input.error);
      const { sites, upgradeWindow } = input.data;
      const now = new Date();
      const results = sites.map(({ siteId, version }): BulkSiteWindowResult => {
        const current = findSite(data, siteId);
        if (!current) return { siteId, result: 'failed', reason: noSuchSite(siteId) };
        if (current.version !== version) return { siteId, result: 'conflict', current };
        const site = saveSiteWindow(data, siteId, upgradeWindow, CURRENT_USER, now) ?? current;
        return { siteId, result: 'saved', site };
      });
      return HttpResponse.json<BulkSiteWindowAnswer>({ results });
    });
  }),
];
