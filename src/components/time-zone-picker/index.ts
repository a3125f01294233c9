export { TimeZoneAutocomplete, type TimeZoneAutocompleteProps } from './time-zone-autocomplete';
export { TimeZoneField } from './time-zone-field';
export { buildTimeZoneCatalogue, type TimeZoneEntry } from './time-zone-catalogue';
export { searchTimeZones, parseOffsetQuery } from './search-time-zones';
export { countryTimeZoneToOffer, countryZonesHint, foreignZoneWarning } from './zone-country-rules';
export { useNow } from './use-now';
