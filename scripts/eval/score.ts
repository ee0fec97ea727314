/**
 * Scores what the ingest found in one document against its gold reading:
 * greedy name matching, true/false positives and misses, country and
 * session accuracy, and micro-averaged totals over documents. Pure functions.
 */
import type { Gold, GoldSpeaker } from './gold.ts';
import { normaliseName } from './names.ts';

/** A distinct person speaker the ingest found, with its first contribution's session (0-based). */
export interface FoundSpeaker {
  name: string;
  country: string | null;
  session: number | null;
}

/** What the ingest produced for one document. */
export interface Found {
  /** The event record's date, or null when there is no event record. */
  eventDate: string | null;
  speakers: FoundSpeaker[];
  /** Distinct delegation speakers (never person true or false positives). */
  delegations: number;
  errors: number;
  warnings: number;
  /** The message when the ingest threw. */
  crashed?: string | undefined;
}

export interface Share {
  correct: number;
  of: number;
}

export interface FalsePositive {
  name: string;
  /** Whether the gold reading names it as only listed or as not a speaker. */
  listed: 'listedOnly' | 'notSpeakers' | null;
}

export interface Counts {
  gold: number;
  uncertain: number;
  found: number;
  delegations: number;
  tp: number;
  fp: number;
  fn: number;
  country: Share;
  /** Null when the gold reading has a single session. */
  session: Share | null;
  errors: number;
  warnings: number;
}

export interface DocScore extends Counts {
  doc: string;
  crashed: string | null;
  accepted: boolean;
  dateOk: boolean;
  falsePositives: FalsePositive[];
  misses: string[];
  /** Matched speakers whose country is not an accepted one: "Name (found, expected …)". */
  wrongCountries: string[];
}

export interface Totals extends Counts {
  docs: number;
  accepted: number;
  datesOk: number;
  crashed: number;
}

function matches(name: string, candidates: string[]): boolean {
  const normal = normaliseName(name);
  return candidates.some((candidate) => normaliseName(candidate) === normal);
}

/** For each gold speaker in order, the index of the first unmatched found speaker with its name or an alias, or -1. */
export function matchSpeakers(gold: GoldSpeaker[], found: FoundSpeaker[]): number[] {
  const taken = new Set<number>();
  return gold.map((speaker) => {
    const index = found.findIndex((one, i) => !taken.has(i) && matches(one.name, [speaker.name, ...speaker.aliases]));
    if (index >= 0) taken.add(index);
    return index;
  });
}

function listedAs(name: string, gold: Gold): FalsePositive['listed'] {
  if (matches(name, gold.listedOnly)) return 'listedOnly';
  return matches(name, gold.notSpeakers) ? 'notSpeakers' : null;
}

export function scoreDocument(gold: Gold, found: Found): DocScore {
  const pairs = matchSpeakers(gold.speakers, found.speakers);
  const matched = new Set(pairs.filter((index) => index >= 0));
  const country: Share = { correct: 0, of: 0 };
  const session: Share = { correct: 0, of: 0 };
  const misses: string[] = [];
  const wrongCountries: string[] = [];
  gold.speakers.forEach((speaker, i) => {
    const one = found.speakers[pairs[i] ?? -1];
    if (!one) {
      if (!speaker.uncertain) misses.push(speaker.name);
      return;
    }
    country.of += 1;
    if (speaker.countryAccept.includes(one.country)) country.correct += 1;
    else
      wrongCountries.push(
        `${speaker.name} (${one.country ?? 'none'}, expected ${speaker.countryAccept.map((code) => code ?? 'none').join(' or ')})`,
      );
    session.of += 1;
    if (one.session === speaker.session) session.correct += 1;
  });
  const falsePositives = found.speakers
    .filter((_, i) => !matched.has(i))
    .map(({ name }): FalsePositive => ({ name, listed: listedAs(name, gold) }));
  return {
    doc: gold.source,
    crashed: found.crashed ?? null,
    accepted: found.eventDate !== null,
    dateOk: found.eventDate === gold.event.date,
    gold: gold.speakers.length,
    uncertain: gold.speakers.filter((speaker) => speaker.uncertain).length,
    found: found.speakers.length,
    delegations: found.delegations,
    tp: matched.size,
    fp: falsePositives.length,
    fn: misses.length,
    country,
    session: gold.sessions.length >= 2 ? session : null,
    errors: found.errors,
    warnings: found.warnings,
    falsePositives,
    misses,
    wrongCountries,
  };
}

const summed = ['gold', 'uncertain', 'found', 'delegations', 'tp', 'fp', 'fn', 'errors', 'warnings'] as const;

/** Summed counts over documents (micro averages follow from them). */
export function totalScores(scores: DocScore[]): Totals {
  const sum = (pick: (score: DocScore) => number): number => scores.reduce((total, score) => total + pick(score), 0);
  const share = (pick: (score: DocScore) => Share | null): Share => ({
    correct: sum((score) => pick(score)?.correct ?? 0),
    of: sum((score) => pick(score)?.of ?? 0),
  });
  const counts = Object.fromEntries(summed.map((key) => [key, sum((score) => score[key])]));
  return {
    ...(counts as Record<(typeof summed)[number], number>),
    docs: scores.length,
    accepted: sum((score) => Number(score.accepted)),
    datesOk: sum((score) => Number(score.dateOk)),
    crashed: sum((score) => Number(score.crashed !== null)),
    country: share((score) => score.country),
    session: share((score) => score.session),
  };
}

/** A share as a fraction, or null when there is nothing to measure. */
export const ratio = (correct: number, of: number): number | null => (of === 0 ? null : correct / of);

export interface Metrics {
  precision: number | null;
  recall: number | null;
  /** 2TP / (2TP + FP + FN): the harmonic mean of P and R, 0 when either is 0, null only when all are 0. */
  f1: number | null;
}

export function metrics({ tp, fp, fn }: Pick<Counts, 'tp' | 'fp' | 'fn'>): Metrics {
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}
