/**
 * Country names and codes from `world-countries`, the package the ingest
 * reads countries with. Records normally carry `countryName` (set by the
 * ingest from it); this is the fallback, so the site never invents a name.
 */
import worldCountries from 'world-countries';

const byCode = new Map(worldCountries.map((country) => [country.cca2, country]));
const byNumber = new Map(worldCountries.map((country) => [country.ccn3, country.cca2]));
const byName = new Map(
  worldCountries.flatMap((country) =>
    [country.name.common, country.name.official, ...country.altSpellings].map((name) => [
      name.toLowerCase(),
      country.cca2,
    ]),
  ),
);

/** English short name for an ISO 3166-1 alpha-2 code (the package knows `XK`), or the code itself if it has none. */
export function countryName(code: string): string {
  return byCode.get(code)?.name.common ?? code;
}

/** The alpha-2 code of an ISO 3166-1 numeric code ("276" → "DE"), or of an English name, or null. */
export function alpha2Of(numeric: string | undefined, name: string | undefined): string | null {
  return (numeric && byNumber.get(numeric.padStart(3, '0'))) || (name && byName.get(name.toLowerCase())) || null;
}
