/**
 * Where an Astro build's time goes, read from its own output: the seconds
 * between its phase lines, and the per-route times it prints while
 * generating pages ("├─ /events/x/index.html (+23ms)", "(+3m 25s)"), summed by the
 * route's first path segment.
 */
import type { StageResult } from './run-stage.ts';

export interface AstroPhases {
  /** Seconds from the start of the build to the first route generated (content sync, types, bundling). */
  beforeRoutesSeconds: number;
  /** Seconds spent generating routes, by Astro's own per-route times. */
  routesSeconds: number;
  /** Seconds after the last route: Astro's own finishing work and any `astro:build:done` hooks (the search index runs after Astro, as its own step). */
  afterRoutesSeconds: number;
  /** Per first path segment (`/events`, `/speakers`, …): pages and summed seconds, slowest first. */
  byRoute: { route: string; pages: number; seconds: number; msPerPage: number }[];
}

/** A route line and its time as Astro prints it: `(+36ms)`, `(+1.27s)` or `(+3m 25s)`. */
const routeLine = /[├└]─ (\/[^/\s]*)\S* \(\+(?:(\d+)m )?(?:([\d.]+)s|(\d+)ms)\)/;

function routeMs(match: RegExpExecArray): number {
  const [, , minutes = '0', seconds = '0', ms = '0'] = match;
  return Number(minutes) * 60_000 + Number(seconds) * 1000 + Number(ms);
}

export function astroPhases(stage: StageResult): AstroPhases {
  const routes = new Map<string, { pages: number; ms: number }>();
  let first = Number.NaN;
  let last = Number.NaN;
  for (const { at, text } of stage.lines) {
    const match = routeLine.exec(text);
    if (!match) continue;
    if (Number.isNaN(first)) first = at;
    last = at;
    const key = match[1] ?? '/';
    const entry = routes.get(key) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += routeMs(match);
    routes.set(key, entry);
  }
  const byRoute = [...routes]
    .map(([route, { pages, ms }]) => ({ route, pages, seconds: ms / 1000, msPerPage: ms / pages }))
    .sort((a, b) => b.seconds - a.seconds);
  return {
    beforeRoutesSeconds: Number.isNaN(first) ? 0 : first,
    routesSeconds: Number.isNaN(first) ? 0 : last - first,
    afterRoutesSeconds: Number.isNaN(last) ? 0 : stage.seconds - last,
    byRoute,
  };
}
