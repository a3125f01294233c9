import { calendarUrlParams, parseCalendarUrl } from './calendar-url-state';

const isZone = (name: string) => ['Asia/Tokyo', 'Europe/London', 'UTC'].includes(name);

describe('calendar URL state', () => {
  it('reads a shared link and writes it back the same, keeping parameters that are not its own', () => {
    const link =
      'scenario=large&released=2023-03-03T09%3A00%3A00Z&tz=Europe%2FLondon&view=table&group=country&week=2023-03-06&site=tok&country=JP&zone=Asia%2FTokyo';
    const { state, problems } = parseCalendarUrl(new URLSearchParams(link), isZone);
    expect(problems).toEqual([]);
    expect(state.releasedAt?.toISO()).toBe('2023-03-03T09:00:00.000Z');
    expect(state).toMatchObject({
      displayZone: 'Europe/London',
      view: 'table',
      grouping: 'country',
      week: '2023-03-06',
      siteFilter: 'tok',
      countryFilter: 'JP',
      zoneFilter: 'Asia/Tokyo',
    });
    expect(calendarUrlParams(state, new URLSearchParams('scenario=large')).toString()).toBe(link);
  });

  it('turns a release with an offset into the same UTC instant', () => {
    const { state } = parseCalendarUrl(new URLSearchParams('released=2023-03-03T18:00:00%2B09:00'), isZone);
    expect(state.releasedAt?.toISO()).toBe('2023-03-03T09:00:00.000Z');
  });

  it('reads a release with seconds to its minute, and says so', () => {
    const { state, problems } = parseCalendarUrl(
      new URLSearchParams('released=2023-03-03T09:00:51.124Z'),
      isZone,
    );
    expect(state.releasedAt?.toISO()).toBe('2023-03-03T09:00:00.000Z');
    expect(problems).toEqual([
      'The release time "2023-03-03T09:00:51.124Z" has seconds; it is read to the minute, 2023-03-03T09:00:00Z.',
    ]);
  });

  it('falls back to the defaults, saying why, for every value it cannot read', () => {
    const { state, problems } = parseCalendarUrl(
      new URLSearchParams(
        'released=2023-03-03T18:00&tz=Mars/Olympus&view=year&group=continent&week=2023-03-07&zone=Nowhere&country=Japan',
      ),
      isZone,
    );
    expect(state).toMatchObject({
      releasedAt: undefined,
      displayZone: undefined,
      view: 'week',
      grouping: undefined,
      week: undefined,
      zoneFilter: undefined,
      countryFilter: undefined,
    });
    expect(problems).toHaveLength(7);
    expect(problems[0]).toMatch(/not a date and time with a zone/);
    expect(problems).toContain(
      '"continent" is not a way to group the week (wave, zone, country); grouping as usual.',
    );
  });

  it('leaves defaults out of the link', () => {
    const { state } = parseCalendarUrl(new URLSearchParams(''), isZone);
    expect(calendarUrlParams(state).toString()).toBe('');
  });
});
