/**
 * Speaker introductions in the forms this genre uses, and the paragraphs
 * that follow them. Each call introduces one new, uniquely named speaker.
 */
import { countries } from './countries.ts';
import { governmentRole, internationalBody, invent, organisation, role, type Pronoun } from './names.ts';
import type { Rng } from './prng.ts';
import { openingClause, sentence, sentences } from './prose.ts';

const thatVerbs = ['said that', 'noted that', 'argued that', 'observed that', 'reported that'];
const topicVerbs = [
  'spoke about',
  'highlighted',
  'underscored',
  'emphasised',
  'stressed',
  'pointed to',
  'described',
  'outlined',
  'reflected on',
];
const followVerbs = [
  'added that',
  'also noted that',
  'stressed that',
  'underscored that',
  'said that',
  'concluded that',
  'explained that',
  'emphasised that',
];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "<verb> <clause>.", with a verb that fits the clause. */
function predicate(rng: Rng): string {
  return rng.chance(0.35)
    ? `${rng.pick(thatVerbs)} ${lowerFirst(sentence(rng))}`
    : `${rng.pick(topicVerbs)} ${openingClause(rng)}.`;
}

/** The subject of an introduction: the speaker named with role, organisation and country (none for an international body). */
function subject(rng: Rng, name: string): { text: string; country: string | null } {
  const country = rng.pick(countries);
  const forms: [number, () => string][] = [
    [30, () => `${name}, ${role(rng)}, ${organisation(rng, rng.chance(0.4))}, ${country.name},`],
    [10, () => `${name}, ${rng.pick(['Mayor', 'Deputy Mayor'])} of ${country.capital}, ${country.name},`],
    [20, () => `${name}, the ${role(rng)} of the ${organisation(rng, true)} in ${country.name},`],
    [10, () => `${country.name}'s ${governmentRole(rng)} ${name}`],
    [10, () => `${country.demonym} ${organisation(rng, true)} ${governmentRole(rng)} ${name}`],
    [12, () => `${name} - ${role(rng)}, ${organisation(rng, false)}, ${country.name}`],
    [8, () => `${name}, ${role(rng)}, ${internationalBody(rng)},`],
  ];
  let roll = rng.int(
    1,
    forms.reduce((sum, [weight]) => sum + weight, 0),
  );
  for (const [i, [weight, form]] of forms.entries()) {
    roll -= weight;
    if (roll <= 0) return { text: form(), country: i === forms.length - 1 ? null : country.code };
  }
  throw new Error('unreachable: weights cover the roll');
}

export interface Contribution {
  pronoun: Pronoun;
  /** ISO code of the country the introduction names, or null. */
  country: string | null;
  /** Paragraphs attributed to the speaker, the introduction first. */
  paragraphs: string[];
}

/** One speaker's contribution: an introduction and up to two follow-on paragraphs. */
export function contribution(rng: Rng, taken: Set<string>, welcoming: boolean): Contribution {
  const { name, pronoun } = invent(rng, taken);
  const possessive = pronoun === 'she' ? 'her' : 'his';
  const who = welcoming
    ? {
        text: `In ${possessive} welcoming remarks, **${name}, the ${role(rng)} of the ${organisation(rng, false)}**,`,
        country: null,
      }
    : subject(rng, name);
  const paragraphs = [`${who.text} ${predicate(rng)} ${sentences(rng, rng.int(3, 9))}`];
  const followOns = rng.int(0, 2);
  for (let i = 0; i < followOns; i += 1) {
    const head = rng.chance(0.75)
      ? `${pronoun === 'she' ? 'She' : 'He'} ${rng.pick(followVerbs)} ${lowerFirst(sentence(rng))}`
      : sentence(rng);
    paragraphs.push(`${head} ${sentences(rng, rng.int(2, 6))}`);
  }
  return { pronoun, country: who.country, paragraphs };
}
