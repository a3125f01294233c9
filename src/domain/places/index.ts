// Places: countries, their subdivisions and time zones. Pure data and lookups, no React.
// The data weighs ~70 kB gzip (mostly subdivisions): screens load it lazily.
export { countryName, isCountryCode, listCountries, type Country } from './countries';
export { formerPlaceNamesOfTimeZone, listFormerPlaceNames, type FormerPlaceName } from './former-place-names';
export { isStateOfCountry, stateName, statesOfCountry, type State } from './subdivisions';
export {
  aliasesOfTimeZone,
  canonicalTimeZone,
  countriesOfTimeZone,
  isCanonicalTimeZone,
  isKnownTimeZone,
  listTimeZones,
  timeZonesOfCountry,
} from './time-zones';
