import { toFieldErrors } from './common';
import { bulkSiteWindowInputSchema, siteWindowInputSchema } from './site-window';
import { siteSummarySchema } from './sites';

const tuesday = { day: 'TUESDAY', start: '02:00', end: '04:00' };

describe("a site's own window in the contract", () => {
  it('is a day and slot like the account window, or null for the account window', () => {
    expect(siteWindowInputSchema.parse({ upgradeWindow: tuesday })).toEqual({ upgradeWindow: tuesday });
    expect(siteWindowInputSchema.parse({ upgradeWindow: null })).toEqual({ upgradeWindow: null });
    const wrongSlot = siteWindowInputSchema.safeParse({ upgradeWindow: { ...tuesday, end: '03:00' } });
    expect(toFieldErrors(wrongSlot.error?.issues ?? [])).toEqual([
      { field: 'upgradeWindow.end', message: 'A window lasts 2 hours: starting at 02:00, it ends at 04:00.' },
    ]);
  });

  it('reads a site answer without the field as following the account window', () => {
    const summary = siteSummarySchema.parse({
      id: 'site-tokyo',
      name: 'Tokyo Office',
      siteType: 'Branch',
      connectionType: 'X1600',
      countryCode: 'JP',
      stateCode: null,
      cityName: 'Tokyo',
      timezone: 'Asia/Tokyo',
      socketVersion: '26.3.22512',
      haMode: 'single',
    });
    expect(summary.upgradeWindow).toBeNull();
  });

  it('takes a bulk save of distinct sites, each with a version', () => {
    const result = bulkSiteWindowInputSchema.safeParse({
      sites: [
        { siteId: 'site-tokyo', version: 0 },
        { siteId: 'site-london', version: 1 },
        { siteId: 'site-london', version: 1 },
      ],
      upgradeWindow: null,
    });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      {
        field: 'sites.0.version',
        message: 'version is the version of the site you saw: a whole number from 1.',
      },
      { field: 'sites.2.siteId', message: 'site-london is listed twice.' },
    ]);
  });
});
