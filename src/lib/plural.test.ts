import { describe, expect, it } from 'vitest';
import { countOf, formatCount, IS, pluralForm, SITE, UPGRADES, WAITS, WEEK } from './plural';

describe('counted words', () => {
  it('picks the form the plural rules choose', () => {
    expect(pluralForm(1, SITE)).toBe('site');
    expect(pluralForm(0, SITE)).toBe('sites');
    expect(pluralForm(2, WEEK)).toBe('weeks');
    expect(pluralForm(1.5, SITE)).toBe('sites');
  });

  it('groups the count the English way', () => {
    expect(countOf(1, SITE)).toBe('1 site');
    expect(countOf(20_000, SITE)).toBe('20,000 sites');
    expect(formatCount(4_995)).toBe('4,995');
  });

  it('falls back to the other form when a category has none of its own', () => {
    expect(pluralForm(1, { other: 'sheep' })).toBe('sheep');
  });
});

describe('verbs that agree with a count', () => {
  it('take the form of their count', () => {
    expect(`${countOf(1, SITE)} ${pluralForm(1, UPGRADES)}`).toBe('1 site upgrades');
    expect(`${countOf(2, SITE)} ${pluralForm(2, UPGRADES)}`).toBe('2 sites upgrade');
    expect(`${countOf(1, SITE)} ${pluralForm(1, IS)}`).toBe('1 site is');
    expect(`${countOf(0, SITE)} ${pluralForm(0, WAITS)}`).toBe('0 sites wait');
  });
});
