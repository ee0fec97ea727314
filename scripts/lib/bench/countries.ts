/**
 * Countries for the synthetic corpus, from the `world-countries` data
 * package (UN members with a capital and a one-part demonym, so not
 * "X, Y" or "X or Y" for two-island states), never a list in code.
 */
import worldCountries from 'world-countries';

export interface Country {
  /** English short name, e.g. as printed after a speaker's organisation. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Masculine English demonym, used before an organisation. */
  demonym: string;
  /** The capital, used as the city a mayor represents. */
  capital: string;
}

export const countries: readonly Country[] = worldCountries
  .filter(
    (c) =>
      c.unMember &&
      c.capital[0] &&
      /^[^,]+$/.test(c.demonyms['eng']?.m ?? ',') &&
      !c.demonyms['eng']?.m.includes(' or '),
  )
  .map((c) => ({
    name: c.name.common,
    code: c.cca2,
    demonym: c.demonyms['eng']?.m ?? '',
    capital: c.capital[0] ?? '',
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
