import {
  sameSiteWindow,
  siteWindowFieldOf,
  toSiteWindow,
  toSiteWindowFormValues,
} from './site-window-values';

const SUNDAY_ONE = { day: 'SUNDAY', start: '01:00', end: '03:00' } as const;
const TUESDAY_TWO = { day: 'TUESDAY', start: '02:00', end: '04:00' } as const;

describe("a site's window part", () => {
  it('shows a site with its own window as "own", with its day and slot', () => {
    expect(toSiteWindowFormValues(TUESDAY_TWO, SUNDAY_ONE)).toEqual({
      choice: 'own',
      day: 'TUESDAY',
      timeSlot: '02:00',
    });
  });

  it("starts an own window from the account's when the site follows the account", () => {
    const saturdayLate = { day: 'SATURDAY', start: '23:00', end: '01:00' } as const;
    expect(toSiteWindowFormValues(null, saturdayLate)).toEqual({
      choice: 'account',
      day: 'SATURDAY',
      timeSlot: '23:00',
    });
    // Before the account's window has loaded.
    expect(toSiteWindowFormValues(null, undefined)).toEqual({
      choice: 'account',
      day: 'SUNDAY',
      timeSlot: '01:00',
    });
  });

  it('leaves the slot unchosen for a stored window that is not one of the 24 slots', () => {
    expect(toSiteWindowFormValues({ day: 'MONDAY', start: '01:30', end: '03:30' }, SUNDAY_ONE)).toEqual({
      choice: 'own',
      day: 'MONDAY',
      timeSlot: '',
    });
  });

  it('asks for null, the own window, or nothing when no slot is chosen', () => {
    expect(toSiteWindow({ choice: 'account', day: 'TUESDAY', timeSlot: '02:00' })).toBeNull();
    expect(toSiteWindow({ choice: 'own', day: 'TUESDAY', timeSlot: '02:00' })).toEqual(TUESDAY_TWO);
    expect(toSiteWindow({ choice: 'own', day: 'FRIDAY', timeSlot: '23:00' })).toEqual({
      day: 'FRIDAY',
      start: '23:00',
      end: '01:00',
    });
    expect(toSiteWindow({ choice: 'own', day: 'TUESDAY', timeSlot: '' })).toBeUndefined();
  });

  it("compares windows by day and slot, and the account's with itself only", () => {
    expect(sameSiteWindow(null, null)).toBe(true);
    expect(sameSiteWindow(TUESDAY_TWO, { ...TUESDAY_TWO })).toBe(true);
    expect(sameSiteWindow(TUESDAY_TWO, null)).toBe(false);
    expect(sameSiteWindow(TUESDAY_TWO, { ...TUESDAY_TWO, day: 'WEDNESDAY' })).toBe(false);
    expect(sameSiteWindow(TUESDAY_TWO, { day: 'TUESDAY', start: '03:00', end: '05:00' })).toBe(false);
    expect(sameSiteWindow(undefined, null)).toBe(false);
  });

  it("puts the server's field errors on the part's fields", () => {
    expect(siteWindowFieldOf('upgradeWindow.day')).toBe('day');
    expect(siteWindowFieldOf('upgradeWindow.start')).toBe('timeSlot');
    expect(siteWindowFieldOf('upgradeWindow.end')).toBe('timeSlot');
    expect(siteWindowFieldOf('upgradeWindow')).toBeUndefined();
  });
});
