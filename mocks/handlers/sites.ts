import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { siteGeneralInputSchema } from '@/contract/site-general-input';
import {
  DEFAULT_SITES_PAGE_SIZE,
  siteListParamsSchema,
  type SiteCountries,
  type SiteList,
} from '@/contract/sites';
import { canonicalTimeZone, isCountryCode } from '@/domain/places';
import { DateTime } from '@/lib/date-time';
import { apiPath } from '../api-path';
import { db, transact } from '../db';
import type { MockData } from '../mock-data';
import { networkDelay } from '../network-delay';
import { queryParams, readJsonBody } from '../requests';
import { invalidInput, notFound, notJson, validationFailed, withVersion } from '../responses';
import { refuseSave } from '../save-guard';
import { rivalSavesSiteGeneral, saveSiteGeneral } from '../saves';
import { CURRENT_USER, RIVAL_ADMIN } from '../seed';
import { countSitesByCountry, siteSearch, sortSites, toSummary } from '../site-query';

const findSite = (data: MockData, id: unknown) => data.sites.find((site) => site.id === id);
const noSuchSite = (id: unknown) => `There is no site with id "${String(id)}".`;

/*
 * The instant a list is answered at, to the minute: offsets and next upgrades are worked out for
 * it. The pages of one list, asked for within the same minute, are cut from one order, and the
 * schedule engine answers the second page from what it worked out for the first.
 */
const answeredAt = () => DateTime.utc().startOf('minute');

export const sitesHandlers = [
  http.get(apiPath('/api/sites'), async ({ request }) => {
    await networkDelay();
    const params = siteListParamsSchema.safeParse(queryParams(new URL(request.url), ['page', 'pageSize']));
    if (!params.success) return invalidInput(params.error);
    const { search = '', sort = 'name', page = 1, pageSize = DEFAULT_SITES_PAGE_SIZE, country } = params.data;
    const { ownWindow } = params.data;

    if (country !== undefined && !isCountryCode(country)) {
      return validationFailed([
        { field: 'country', message: `${country} is not an ISO 3166-1 country code.` },
      ]);
    }
    const timezone = params.data.timezone === undefined ? undefined : canonicalTimeZone(params.data.timezone);
    if (params.data.timezone !== undefined && timezone === undefined) {
      return validationFailed([
        { field: 'timezone', message: `${params.data.timezone} is not an IANA time zone.` },
      ]);
    }

    const data = db();
    const context = {
      now: answeredAt(),
      maintenanceWindow: data.maintenanceWindow,
      freezes: data.upgradeFreezes,
    };
    const matchesSearch = siteSearch(search, context.now);
    const matching = data.sites.filter(
      (site) =>
        (country === undefined || site.countryCode === country) &&
        (timezone === undefined || site.timezone === timezone) &&
        (ownWindow === undefined || (site.upgradeWindow !== null) === (ownWindow === 'true')) &&
        matchesSearch(site),
    );
    const pageOfSites = sortSites(matching, sort, context).slice((page - 1) * pageSize, page * pageSize);
    return HttpResponse.json<SiteList>({ items: pageOfSites.map(toSummary), total: matching.length });
  }),

  http.get(apiPath('/api/site-countries'), async ({ request }) => {
    await networkDelay();
    // It takes no parameter: one sent anyway is a mistake to report, not to ignore.
    const params = z.strictObject({}).safeParse(queryParams(new URL(request.url)));
    if (!params.success) return invalidInput(params.error);
    return HttpResponse.json<SiteCountries>({ items: countSitesByCountry(db().sites) });
  }),

  http.get(apiPath('/api/sites/:siteId'), async ({ params }) => {
    await networkDelay();
    const site = findSite(db(), params.siteId);
    return site ? withVersion(site) : notFound(noSuchSite(params.siteId));
  }),

  http.put(apiPath('/api/sites/:siteId/general'), async ({ request, params }) => {
    await networkDelay();
    const siteId = String(params.siteId);
    const json = await readJsonBody(request);
    // From here on nothing awaits: the checks and the save see one state of the account.
    return transact((data) => {
      const refusal = refuseSave({
        request,
        current: () => findSite(data, siteId),
        rivalSave: () => rivalSavesSiteGeneral(data, siteId, RIVAL_ADMIN),
        notFoundMessage: noSuchSite(siteId),
      });
      if (refusal) return refusal;

      if (!json) return notJson();
      const input = siteGeneralInputSchema.safeParse(json.body);
      if (!input.success) return invalidInput(input.error);

      // Only the backend sees every site: names are unique in the account, whatever their case.
      const name = input.data.name.toLowerCase();
      const namesake = data.sites.find((site) => site.id !== siteId && site.name.toLowerCase() === name);
      if (namesake) {
        return validationFailed([
          { field: 'name', message: `Another site is already named "${namesake.name}".` },
        ]);
      }

      const saved = saveSiteGeneral(data, siteId, input.data, CURRENT_USER);
      return saved ? withVersion(saved) : notFound(noSuchSite(siteId));
    });
  }),
];
