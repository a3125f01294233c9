/*
 * The zones people mean first by an abbreviation that several clocks share, or that a zone shows
 * only half the year. The zone's own abbreviations (what the picker shows, from CLDR) already
 * find every zone on "EST"; this list only says which come first: "IST" is India's clock before
 * Ireland's summer and Israel's, "CST" Chicago's before China's, and "EST" still means New York in
 * July, when New York shows EDT. Each list is in the order people most often mean it.
 */
const WELL_KNOWN_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  // India Standard Time, Irish Standard Time (Ireland's summer time), Israel Standard Time.
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  EST: ['America/New_York'],
  EDT: ['America/New_York'],
  // US Central, China Standard Time, Cuba Standard Time.
  CST: ['America/Chicago', 'Asia/Shanghai', 'America/Havana'],
  CDT: ['America/Chicago'],
  // Denver keeps daylight saving time, Phoenix does not.
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  // US Pacific, Philippine Standard Time.
  PST: ['America/Los_Angeles', 'Asia/Manila'],
  PDT: ['America/Los_Angeles'],
  // Atlantic Standard Time, Arabia Standard Time.
  AST: ['America/Halifax', 'Asia/Riyadh'],
  ADT: ['America/Halifax'],
  // British Summer Time, Bangladesh Standard Time.
  BST: ['Europe/London', 'Asia/Dhaka'],
  GMT: ['Europe/London'],
  UTC: ['Etc/UTC'],
  CET: ['Europe/Berlin', 'Europe/Paris'],
  CEST: ['Europe/Berlin', 'Europe/Paris'],
  AEST: ['Australia/Sydney'],
  AEDT: ['Australia/Sydney'],
  // Korea Standard Time: Seoul before Pyongyang.
  KST: ['Asia/Seoul'],
  MSK: ['Europe/Moscow'],
};

/**
 * Where `zone` stands among the zones people mean by `abbreviation` (0 first), or undefined when
 * it is not one of them. Case-insensitive.
 */
export function wellKnownAbbreviationRank(abbreviation: string, zone: string): number | undefined {
  const index = WELL_KNOWN_ABBREVIATIONS[abbreviation.toUpperCase()]?.indexOf(zone) ?? -1;
  return index === -1 ? undefined : index;
}

/** The zones people mean first by `abbreviation`, in that order ([] for one not listed). */
export function wellKnownZonesOf(abbreviation: string): readonly string[] {
  return WELL_KNOWN_ABBREVIATIONS[abbreviation.toUpperCase()] ?? [];
}
