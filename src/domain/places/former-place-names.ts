/*
 * Cities people still call by a former name, with the zone they are in today. The tz database
 * keeps a few old zone names (Asia/Calcutta, Europe/Kiev, Asia/Saigon, Asia/Rangoon), but most
 * renamed cities were never zone names at all (Bombay, Madras, Peking, Canton): without this
 * list, searching for them finds nothing. Only well-known renamings whose city is unambiguous
 * ("Salisbury" is also in England, so it is not here).
 */

export interface FormerPlaceName {
  /** The name people may still type: "Bombay". */
  formerName: string;
  /** The city's name today: "Mumbai". */
  currentName: string;
  /** The canonical zone the city keeps: "Asia/Kolkata". */
  zone: string;
}

const place = (formerName: string, currentName: string, zone: string): FormerPlaceName => ({
  formerName,
  currentName,
  zone,
});

const FORMER_PLACE_NAMES: readonly FormerPlaceName[] = [
  place('Bombay', 'Mumbai', 'Asia/Kolkata'),
  place('Calcutta', 'Kolkata', 'Asia/Kolkata'),
  place('Madras', 'Chennai', 'Asia/Kolkata'),
  place('Bangalore', 'Bengaluru', 'Asia/Kolkata'),
  place('Poona', 'Pune', 'Asia/Kolkata'),
  place('Gurgaon', 'Gurugram', 'Asia/Kolkata'),
  place('Dacca', 'Dhaka', 'Asia/Dhaka'),
  place('Rangoon', 'Yangon', 'Asia/Yangon'),
  place('Saigon', 'Ho Chi Minh City', 'Asia/Ho_Chi_Minh'),
  place('Peking', 'Beijing', 'Asia/Shanghai'),
  place('Canton', 'Guangzhou', 'Asia/Shanghai'),
  place('Chungking', 'Chongqing', 'Asia/Shanghai'),
  place('Batavia', 'Jakarta', 'Asia/Jakarta'),
  place('Katmandu', 'Kathmandu', 'Asia/Kathmandu'),
  place('Ulan Bator', 'Ulaanbaatar', 'Asia/Ulaanbaatar'),
  place('Alma-Ata', 'Almaty', 'Asia/Almaty'),
  place('Frunze', 'Bishkek', 'Asia/Bishkek'),
  place('Tiflis', 'Tbilisi', 'Asia/Tbilisi'),
  place('Sverdlovsk', 'Yekaterinburg', 'Asia/Yekaterinburg'),
  place('Kiev', 'Kyiv', 'Europe/Kyiv'),
  place('Leningrad', 'Saint Petersburg', 'Europe/Moscow'),
  place('Stalingrad', 'Volgograd', 'Europe/Volgograd'),
  place('Königsberg', 'Kaliningrad', 'Europe/Kaliningrad'),
  place('Constantinople', 'Istanbul', 'Europe/Istanbul'),
  place('Léopoldville', 'Kinshasa', 'Africa/Kinshasa'),
  place('Godthåb', 'Nuuk', 'America/Nuuk'),
];

const byZone = new Map<string, FormerPlaceName[]>();
for (const former of FORMER_PLACE_NAMES)
  byZone.set(former.zone, [...(byZone.get(former.zone) ?? []), former]);

/** Every well-known former city name, in no particular order. */
export function listFormerPlaceNames(): readonly FormerPlaceName[] {
  return FORMER_PLACE_NAMES;
}

/** The former names of the cities of a canonical zone: Bombay, Calcutta, Madras... for Asia/Kolkata. */
export function formerPlaceNamesOfTimeZone(zone: string): readonly FormerPlaceName[] {
  return byZone.get(zone) ?? [];
}
