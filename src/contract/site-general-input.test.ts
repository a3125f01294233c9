import { toFieldErrors } from './common';
import { siteGeneralInputSchema, type SiteGeneralInput } from './site-general-input';

const tokyo: SiteGeneralInput = {
  name: 'Tokyo Office',
  description: '',
  siteType: 'Branch',
  connectionType: 'X1600',
  countryCode: 'JP',
  stateCode: 'JP-13',
  cityName: 'Tokyo',
  address: '',
  timezone: 'Asia/Tokyo',
};

describe('siteGeneralInputSchema', () => {
  it('gives what the backend stores: trimmed text, a canonical zone, null for no state', () => {
    const parsed = siteGeneralInputSchema.parse({
      ...tokyo,
      name: ' Tokyo Office ',
      timezone: 'Asia/Calcutta',
      stateCode: '',
    });
    expect(parsed).toMatchObject({ name: 'Tokyo Office', timezone: 'Asia/Kolkata', stateCode: null });
  });

  it('reports each invalid field once, in words a form can show', () => {
    const result = siteGeneralInputSchema.safeParse({
      ...tokyo,
      name: '',
      countryCode: 'ZZ',
      timezone: 'Tokyo',
      colour: 'red',
    });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      { field: 'name', message: 'Enter a name for the site.' },
      { field: 'countryCode', message: 'Choose a country: an ISO 3166-1 code such as JP.' },
      { field: 'timezone', message: 'Choose a time zone from the IANA list, such as Europe/London.' },
      { field: 'colour', message: '"colour" is not a field of this resource.' },
    ]);
  });

  it('checks the state against the country only when the country is valid', () => {
    const wrongState = siteGeneralInputSchema.safeParse({ ...tokyo, stateCode: 'US-CA' });
    expect(toFieldErrors(wrongState.error?.issues ?? [])).toEqual([
      { field: 'stateCode', message: 'US-CA is not a state of Japan.' },
    ]);
    const wrongCountry = siteGeneralInputSchema.safeParse({ ...tokyo, countryCode: 'ZZ' });
    expect(toFieldErrors(wrongCountry.error?.issues ?? []).map((error) => error.field)).toEqual([
      'countryCode',
    ]);
  });
});
