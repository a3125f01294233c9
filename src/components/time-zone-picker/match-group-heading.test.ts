import { formerPlaceNamesOfTimeZone } from '@/domain/places';
import { formerNameNote, matchGroupHeading } from './match-group-heading';

describe('the headings of the open list', () => {
  it('names the zones a query names exactly by what was typed', () => {
    expect(matchGroupHeading('called', ' ist', 'Japan')).toBe('Time zones known as IST');
    expect(matchGroupHeading('called', '+5:45', undefined)).toBe('Time zones at UTC+05:45 now');
    expect(matchGroupHeading('called', 'GMT-3', undefined)).toBe('Time zones at UTC−03:00 now');
  });

  it("names the site's country's zones, then the others", () => {
    expect(matchGroupHeading('country', 'tok', 'Japan')).toBe('Time zones of Japan');
    expect(matchGroupHeading('other', 'tok', 'Japan')).toBe('Other time zones');
  });
});

describe('the note on a zone found by a former city name', () => {
  const former = (name: string, zone: string) => {
    const found = formerPlaceNamesOfTimeZone(zone).find((place) => place.formerName === name);
    if (!found) throw new Error(`${name} is not a former name in ${zone}`);
    return found;
  };

  it('says which zone it is now, and the city when the zone is named after another', () => {
    expect(formerNameNote(former('Bombay', 'Asia/Kolkata'))).toBe('Bombay: now Asia/Kolkata (Mumbai)');
    expect(formerNameNote(former('Peking', 'Asia/Shanghai'))).toBe('Peking: now Asia/Shanghai (Beijing)');
    expect(formerNameNote(former('Kiev', 'Europe/Kyiv'))).toBe('Kiev: now Europe/Kyiv');
  });
});
