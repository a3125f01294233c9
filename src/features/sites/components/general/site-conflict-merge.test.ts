import type { Site } from '@/contract/sites';
import { describeSiteReplace, mergeSiteConflict, type SiteConflict } from './site-conflict-merge';
import { toSiteFormValues } from './site-form-values';

const base: Site = {
  id: 'site-new-york',
  name: 'New York Office',
  description: '',
  siteType: 'Branch',
  connectionType: 'X1600',
  countryCode: 'US',
  stateCode: 'US-NY',
  cityName: 'New York',
  address: '350 Fifth Avenue',
  timezone: 'America/New_York',
  socketVersion: '26.3.22410',
  haMode: 'ha',
  upgradeWindow: null,
  version: 5,
  updatedAt: '2026-06-02T15:45:00.000Z',
  updatedBy: 'Alex Morgan',
};

function conflictOf(theirs: Partial<Site>, yours: Partial<Site>): SiteConflict {
  return {
    base,
    theirs: { ...base, ...theirs, version: 6, updatedBy: 'Dana Admin' },
    yours: { ...toSiteFormValues(base), ...yours },
  };
}

describe('merging a site conflict', () => {
  it('sends theirs with only this administrator’s changes over it', () => {
    const conflict = conflictOf(
      { address: '20 W 34th Street', stateCode: 'US-NJ', cityName: 'Newark' },
      { timezone: 'America/Chicago' },
    );
    expect(mergeSiteConflict(conflict).merged).toEqual({
      ...toSiteFormValues(base),
      address: '20 W 34th Street',
      stateCode: 'US-NJ',
      cityName: 'Newark',
      timezone: 'America/Chicago',
    });
    expect(describeSiteReplace(conflict)).toBe(
      'Their State, City and Address are kept; your Time Zone replaces theirs.',
    );
  });

  it('takes the country and its state together from whoever changed them', () => {
    // They moved the site to Canada; this administrator only corrected its state.
    const conflict = conflictOf({ countryCode: 'CA', stateCode: 'CA-ON' }, { stateCode: 'US-NJ' });
    expect(mergeSiteConflict(conflict).merged).toMatchObject({ countryCode: 'US', stateCode: 'US-NJ' });
    expect(describeSiteReplace(conflict)).toBe('Your Country and State replace theirs.');
  });

  it('says so when a replace would change nothing of theirs', () => {
    const conflict = conflictOf({ name: 'NYC Office' }, { name: 'NYC Office' });
    expect(mergeSiteConflict(conflict).differences).toEqual([]);
    expect(describeSiteReplace(conflict)).toBe('Nothing of theirs changes.');
  });
});
