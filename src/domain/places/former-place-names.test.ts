import { formerPlaceNamesOfTimeZone, listFormerPlaceNames } from './former-place-names';
import { isCanonicalTimeZone } from './time-zones';

describe('former city names', () => {
  it('point each old name at a zone the console shows and stores', () => {
    const notCanonical = listFormerPlaceNames().filter((former) => !isCanonicalTimeZone(former.zone));
    expect(notCanonical).toEqual([]);
  });

  it('name each city once, and never by its current name', () => {
    const names = listFormerPlaceNames().map((former) => former.formerName.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(listFormerPlaceNames().filter((former) => former.formerName === former.currentName)).toEqual([]);
  });

  it("finds a zone's former city names", () => {
    const kolkata = formerPlaceNamesOfTimeZone('Asia/Kolkata');
    expect(kolkata).toContainEqual({ formerName: 'Bombay', currentName: 'Mumbai', zone: 'Asia/Kolkata' });
    expect(kolkata.map((former) => former.formerName)).toEqual(
      expect.arrayContaining(['Calcutta', 'Madras']),
    );
    expect(formerPlaceNamesOfTimeZone('Asia/Shanghai').map((former) => former.currentName)).toEqual(
      expect.arrayContaining(['Beijing', 'Guangzhou']),
    );
    expect(formerPlaceNamesOfTimeZone('Asia/Tokyo')).toEqual([]);
  });
});
