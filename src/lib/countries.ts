/**
 * Country names from the data package, for codes whose records carry no
 * name. Records normally carry `countryName` (set by the ingest from the
 * same package); this is the fallback, so the site never invents a name.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

/** English short name for an ISO 3166-1 alpha-2 code (the package knows `XK`), or the code itself if it has none. */
export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}
