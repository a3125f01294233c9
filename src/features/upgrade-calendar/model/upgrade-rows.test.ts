import { describe, expect, it } from 'vitest';
import { group, site } from './test-groups';
import { upgradeWordingCache } from './upgrade-rows';

describe('upgradeWordingCache', () => {
  const tokyo = [site('Tokyo HQ', 'Asia/Tokyo')];

  it('words each zone group once', () => {
    const wordingOf = upgradeWordingCache('Europe/London');
    const sunday = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', tokyo);
    expect(wordingOf(sunday)).toBe(wordingOf(sunday));
    expect(wordingOf(sunday).siteTime).toContain('12 March 2023');
  });

  it('words a new group of the same zone anew (another release or window moved its upgrade)', () => {
    const wordingOf = upgradeWordingCache('Europe/London');
    const before = group('Asia/Tokyo', '2023-03-11T16:00Z', '2023-03-11T18:00Z', tokyo);
    const after = group('Asia/Tokyo', '2023-03-18T16:00Z', '2023-03-18T18:00Z', tokyo);
    expect(wordingOf(before).siteTime).toContain('12 March 2023');
    expect(wordingOf(after).siteTime).toContain('19 March 2023');
  });
});
