import type { TestInfo } from '@playwright/test';

/*
 * Dates on screen follow the browser's locale (times stay 24-hour). The tests tagged @locales run
 * in each locale below (see playwright.config.ts); these are the days of their worked examples,
 * written out by hand as each locale writes them, so a test reads what a person there reads.
 */

export type TestedLocale = 'en-GB' | 'en-US' | 'ja-JP';

/** The browser locale of the test's project. */
export function testedLocale(testInfo: TestInfo): TestedLocale {
  const locale = testInfo.project.use.locale ?? 'en-GB';
  if (locale !== 'en-GB' && locale !== 'en-US' && locale !== 'ja-JP') {
    throw new Error(`No dates written out for the locale ${locale}: add them to e2e/locale-dates.ts.`);
  }
  return locale;
}

const DAYS_WITH_YEAR: Record<string, Record<TestedLocale, string>> = {
  '2023-03-05': {
    'en-GB': 'Sunday 5 March 2023',
    'en-US': 'Sunday, March 5, 2023',
    'ja-JP': '2023年3月5日日曜日',
  },
  '2023-03-11': {
    'en-GB': 'Saturday 11 March 2023',
    'en-US': 'Saturday, March 11, 2023',
    'ja-JP': '2023年3月11日土曜日',
  },
  '2023-03-12': {
    'en-GB': 'Sunday 12 March 2023',
    'en-US': 'Sunday, March 12, 2023',
    'ja-JP': '2023年3月12日日曜日',
  },
  '2026-01-12': {
    'en-GB': 'Monday 12 January 2026',
    'en-US': 'Monday, January 12, 2026',
    'ja-JP': '2026年1月12日月曜日',
  },
  '2026-01-18': {
    'en-GB': 'Sunday 18 January 2026',
    'en-US': 'Sunday, January 18, 2026',
    'ja-JP': '2026年1月18日日曜日',
  },
  '2026-12-01': {
    'en-GB': 'Tuesday 1 December 2026',
    'en-US': 'Tuesday, December 1, 2026',
    'ja-JP': '2026年12月1日火曜日',
  },
  '2026-12-06': {
    'en-GB': 'Sunday 6 December 2026',
    'en-US': 'Sunday, December 6, 2026',
    'ja-JP': '2026年12月6日日曜日',
  },
};

/** "Sunday 12 March 2023" (en-GB), "Sunday, March 12, 2023" (en-US), "2023年3月12日日曜日" (ja-JP). */
export function dayWithYear(locale: TestedLocale, isoDate: string): string {
  const days = DAYS_WITH_YEAR[isoDate];
  if (!days) throw new Error(`No written-out day for ${isoDate}: add it to e2e/locale-dates.ts.`);
  return days[locale];
}

const SHORT_WEEKDAYS: Record<TestedLocale, readonly string[]> = {
  'en-GB': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'en-US': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  'ja-JP': ['月', '火', '水', '木', '金', '土', '日'],
};

/** The short name of an ISO weekday (1 Monday to 7 Sunday): "Sun" (English), "日" (ja-JP). */
export function shortWeekday(locale: TestedLocale, isoWeekday: number): string {
  const name = SHORT_WEEKDAYS[locale][isoWeekday - 1];
  if (name === undefined) throw new Error(`No ISO weekday ${isoWeekday}.`);
  return name;
}

const WEEKDAY = '(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * A day with its year anywhere in a text, whatever the day, as a pattern: for text that depends
 * on today ("Last changed ... on Sunday 12 March 2023").
 */
export const ANY_DAY_WITH_YEAR: Record<TestedLocale, RegExp> = {
  'en-GB': new RegExp(`\\b${WEEKDAY} \\d{1,2} ${MONTH} \\d{4}\\b`),
  'en-US': new RegExp(`\\b${WEEKDAY}, ${MONTH} \\d{1,2}, \\d{4}\\b`),
  'ja-JP': /\d{4}年\d{1,2}月\d{1,2}日[月火水木金土日]曜日/,
};

/** A Sunday without its year, whichever Sunday, as a pattern: for windows that depend on today. */
export const ANY_SUNDAY: Record<TestedLocale, RegExp> = {
  'en-GB': new RegExp(`Sunday \\d{1,2} ${MONTH}`),
  'en-US': new RegExp(`Sunday, ${MONTH} \\d{1,2}`),
  'ja-JP': /\d{1,2}月\d{1,2}日日曜日/,
};

const SHORT_MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

/** The same, short, as dense tables write it ("Sun 6 Dec", "Sun, Dec 6", "12月6日(日)"). */
export const ANY_SHORT_SUNDAY: Record<TestedLocale, RegExp> = {
  'en-GB': new RegExp(`Sun \\d{1,2} ${SHORT_MONTH}`),
  'en-US': new RegExp(`Sun, ${SHORT_MONTH} \\d{1,2}`),
  'ja-JP': /\d{1,2}月\d{1,2}日\(日\)/,
};
