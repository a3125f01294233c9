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

  it('counts a name as people see it and stores it composed (NFC)', () => {
    expect(siteGeneralInputSchema.safeParse({ ...tokyo, name: '🇯🇵'.repeat(100) }).success).toBe(true);
    const tooLong = siteGeneralInputSchema.safeParse({ ...tokyo, name: '🇯🇵'.repeat(101) });
    expect(toFieldErrors(tooLong.error?.issues ?? [])).toEqual([
      { field: 'name', message: 'The name has at most 100 characters; this one has 101.' },
    ]);
    expect(siteGeneralInputSchema.parse({ ...tokyo, name: 'São Paulo' }).name).toBe('São Paulo');
  });

  it.each([
    ['a control character', 'TokyoOffice', 'The name cannot contain control characters'],
    ['a bidi override', 'Tokyo ‮eciffO', 'The name cannot contain invisible text-direction controls'],
    ['only invisible characters', ' ​⁠ ', 'Enter a name that can be seen'],
  ])('refuses a name with %s, with one clear message', (_what, name, message) => {
    const result = siteGeneralInputSchema.safeParse({ ...tokyo, name });
    const errors = toFieldErrors(result.error?.issues ?? []);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('name');
    expect(errors[0]?.message.startsWith(message)).toBe(true);
  });

  it('applies the same rules to the city, the address and the description', () => {
    const result = siteGeneralInputSchema.safeParse({
      ...tokyo,
      cityName: 'To‮kyo',
      address: 'x'.repeat(201),
      description: 'Line one\nLine two\u0000',
    });
    expect(toFieldErrors(result.error?.issues ?? [])).toEqual([
      { field: 'description', message: 'The description cannot contain control characters.' },
      {
        field: 'cityName',
        message:
          'The city cannot contain invisible text-direction controls: they can make it display as other text.',
      },
      { field: 'address', message: 'The address has at most 200 characters; this one has 201.' },
    ]);
  });
});
