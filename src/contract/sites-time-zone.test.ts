import { isRecognisedTimeZone, siteListSchema } from './sites';

const site = (id: string, timezone: string) => ({
  id,
  name: id,
  siteType: 'Branch',
  connectionType: 'X1500',
  countryCode: 'JP',
  stateCode: null,
  cityName: 'Tokyo',
  timezone,
  socketVersion: '1.0',
  haMode: 'single',
});

describe('the time zone of a site as the server sends it', () => {
  it('keeps a list whose sites have zones the runtime does not know, marking only those', () => {
    const list = siteListSchema.parse({
      items: [
        site('ok', 'Asia/Tokyo'),
        site('mars', 'Mars/Olympus'),
        site('blank', ''),
        site('old', 'Asia/Calcutta'),
      ],
      total: 4,
    });
    expect(list.items.map((item) => [item.id, item.timezone, isRecognisedTimeZone(item.timezone)])).toEqual([
      ['ok', 'Asia/Tokyo', true],
      ['mars', 'Mars/Olympus', false],
      ['blank', '', false],
      // An old alias is known: it comes out under its current name.
      ['old', 'Asia/Kolkata', true],
    ]);
  });
});
