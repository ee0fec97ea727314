/**
 * The world map as SVG path data, computed at build time: Natural Earth
 * country shapes (world-atlas TopoJSON, 1:110m) projected with d3-geo's
 * Equal Earth projection. Shapes are keyed by ISO 3166-1 alpha-2 code,
 * converted from world-atlas's numeric IDs by world-countries; a shape
 * without a numeric ID (as for Kosovo) is matched by its English name, and
 * one that matches no code is drawn as background only.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha2Of } from './countries.ts';

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or null when the shape has none. */
  code: string | null;
  /** SVG path data in the map's coordinates. */
  d: string;
}

export interface WorldMap {
  width: number;
  height: number;
  shapes: CountryShape[];
}

const width = 960;
const height = 470;

let cached: WorldMap | undefined;

/** Every country shape, projected to fit a 960 × 470 view box. */
export function worldMap(): WorldMap {
  if (cached) return cached;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([width, height], collection);
  const path = geoPath(projection).digits(0);
  const shapes = collection.features
    .map((country) => ({
      code: alpha2Of(country.id === undefined ? undefined : String(country.id), country.properties.name),
      d: path(country) ?? '',
    }))
    .filter((shape) => shape.d !== '');
  cached = { width, height, shapes };
  return cached;
}
