/**
 * Policy-meeting prose: sentences from templates over generic vocabulary,
 * with invented proper nouns for a long tail, so that the search index sees
 * a realistic spread of words.
 */
import { programme, topics } from './names.ts';
import type { Rng } from './prng.ts';

const actors = [
  'local governments',
  'mayors',
  'city leaders',
  'civil society organisations',
  'national governments',
  'frontline practitioners',
  'youth workers',
  'religious leaders',
  'community groups',
  'municipal staff',
  'social workers',
  'teachers',
  'police services',
  'regional bodies',
  'researchers',
  'donors',
];
const actions = [
  'build trust with',
  'strengthen cooperation with',
  'share information with',
  'support',
  'engage',
  'listen to',
  'train',
  'fund',
  'coordinate with',
  'learn from',
  'protect',
  'empower',
];
const objects = [
  'affected communities',
  'returning families',
  'young people',
  'victims and survivors',
  'neighbourhood councils',
  'schools and universities',
  'health services',
  'local businesses',
  'minority groups',
  'women-led organisations',
  'online communities',
  'displaced residents',
];
const goals = [
  'prevent violence before it occurs',
  'reduce polarisation',
  'counter hate speech',
  'rebuild social cohesion',
  'improve early warning',
  'make services more inclusive',
  'sustain long-term recovery',
  'translate national plans into local action',
  'measure what works',
  'reach marginalised residents',
  'protect public spaces',
  'address grievances early',
];
const challenges = [
  'limited funding',
  'weak coordination between levels of government',
  'mistrust of institutions',
  'online disinformation',
  'a shortage of trained staff',
  'stigma against returnees',
  'fragmented data',
  'short project cycles',
  'rising polarisation',
  'pressure on public services',
  'uneven political support',
  'the pace of technological change',
];
const qualifiers = [
  'increasingly',
  'often',
  'rarely',
  'still',
  'now',
  'consistently',
  'more and more',
  'in many places',
];
const adjectives = [
  'practical',
  'sustainable',
  'community-based',
  'multi-agency',
  'evidence-based',
  'context-specific',
  'cross-sectoral',
  'preventive',
  'inclusive',
  'coordinated',
  'long-term',
  'flexible',
];
const nouns = [
  'approach',
  'framework',
  'strategy',
  'mechanism',
  'partnership',
  'programme',
  'network',
  'toolkit',
  'assessment',
  'action plan',
  'referral system',
  'dialogue',
];
const places = [
  'in the capital',
  'in smaller towns',
  'across the region',
  'in border areas',
  'in rural districts',
  'in several neighbourhoods',
  'across the country',
  'in coastal cities',
];

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" before `word`, and the word. */
function a(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** Two different items of a list, joined by "and". */
function both(rng: Rng, items: readonly string[]): string {
  const first = rng.pick(items);
  const second = rng.pick(items.filter((item) => item !== first));
  return `${first} and ${second}`;
}

/** One sentence, ending in a full stop. */
export function sentence(rng: Rng): string {
  const templates: (() => string)[] = [
    () =>
      `${sentenceCase(rng.pick(actors))} ${rng.pick(qualifiers)} ${rng.pick(actions)} ${rng.pick(objects)} to ${rng.pick(goals)}.`,
    () =>
      `${sentenceCase(a(rng.pick(adjectives)))} ${rng.pick(nouns)} helps ${rng.pick(actors)} ${rng.pick(goals)} ${rng.pick(places)}.`,
    () => `The main obstacles remain ${both(rng, challenges)}.`,
    () =>
      `The ${programme(rng)} has worked with ${rng.int(3, 90)} ${rng.pick(['cities', 'municipalities', 'districts', 'partners'])} since ${rng.int(2005, 2025)}.`,
    () =>
      `Without ${rng.pick(['sustained', 'predictable', 'flexible', 'local'])} resources, ${rng.pick(actors)} cannot ${rng.pick(goals)}.`,
    () =>
      `Experience ${rng.pick(places)} shows that ${rng.pick(actors)} who ${rng.pick(actions)} ${rng.pick(objects)} are better placed to ${rng.pick(goals)}.`,
    () =>
      `There is a need for ${a(rng.pick(adjectives))} ${rng.pick(nouns)} on ${rng.pick(topics).toLowerCase()} that involves ${both(rng, actors)}.`,
    () => `Regular exchanges between ${both(rng, actors)} make it possible to ${rng.pick(goals)}.`,
    () =>
      `In ${rng.int(2010, 2025)}, a pilot ${rng.pick(places)} reached ${rng.int(100, 20000).toLocaleString('en-GB')} residents through ${rng.pick(['workshops', 'mentoring', 'outreach', 'training sessions', 'mobile teams'])}.`,
    () => `${sentenceCase(rng.pick(challenges))} ${rng.pick(qualifiers)} undermines efforts to ${rng.pick(goals)}.`,
    () =>
      `Participants agreed that ${rng.pick(topics).toLowerCase()} should be part of every ${rng.pick(adjectives)} ${rng.pick(nouns)}.`,
    () =>
      `This includes ${rng.pick(['training', 'mentoring', 'small grants', 'joint planning', 'data sharing', 'peer exchanges'])} for ${rng.pick(actors)}, ${rng.pick(['training', 'mentoring', 'small grants', 'joint planning', 'data sharing', 'peer exchanges'])} for ${rng.pick(objects)}, and ${rng.pick(['regular reviews', 'independent evaluation', 'public reporting', 'community feedback'])}.`,
  ];
  return rng.pick(templates)();
}

/** `count` sentences, space-separated. */
export function sentences(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

/** A clause that follows a speaker's introduction and its verb. */
export function openingClause(rng: Rng): string {
  return rng.pick([
    `how ${rng.pick(actors)} can ${rng.pick(goals)}`,
    `the role of ${rng.pick(actors)} in efforts to ${rng.pick(goals)}`,
    `what ${rng.pick(challenges)} means for ${rng.pick(actors)} ${rng.pick(places)}`,
    `the need to ${rng.pick(actions)} ${rng.pick(objects)} ${rng.pick(places)}`,
    `lessons from ${a(rng.pick(adjectives))} ${rng.pick(nouns)} ${rng.pick(places)}`,
  ]);
}

/** A session or event theme, title case. */
export function theme(rng: Rng): string {
  return rng.pick(topics);
}
