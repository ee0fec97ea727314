/**
 * Invented people, organisations and programme names, built from syllables
 * and generic word parts so that no real name appears in code. Every draw
 * comes from the caller's seeded generator.
 */
import type { Rng } from './prng.ts';

const onsets = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'j',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'ch',
  'sh',
  'br',
  'dr',
  'kr',
  'tr',
  'st',
];
const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ei', 'ou', 'ia'];
const codas = ['', '', '', 'n', 'r', 'l', 's', 'm', 'k', 'nd', 'th'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** An invented word of `min`–`max` syllables, lower case. */
export function inventWord(rng: Rng, min = 2, max = 3): string {
  const count = rng.int(min, max);
  let word = '';
  for (let i = 0; i < count; i += 1) {
    word += rng.pick(onsets) + rng.pick(vowels) + (i === count - 1 ? rng.pick(codas) : '');
  }
  return word;
}

/** An invented proper noun, capitalised. */
export function inventName(rng: Rng, min = 2, max = 3): string {
  return capitalise(inventWord(rng, min, max));
}

export type Pronoun = 'she' | 'he';

export interface Person {
  name: string;
  pronoun: Pronoun;
}

/**
 * A person with a unique name: given name and surname, sometimes a middle
 * name. `taken` holds names already used, so no two speakers collide.
 */
export function invent(rng: Rng, taken: Set<string>): Person {
  for (;;) {
    const parts = [inventName(rng, 2, 3)];
    if (rng.chance(0.12)) parts.push(inventName(rng, 1, 2));
    parts.push(inventName(rng, 2, 4));
    const name = parts.join(' ');
    // Short given names can be English words ("More"), which no reader takes for a name.
    if ((parts[0] ?? '').length >= 5 && !taken.has(name)) {
      taken.add(name);
      return { name, pronoun: rng.chance(0.5) ? 'she' : 'he' };
    }
  }
}

export const topics = [
  'Community Resilience',
  'Urban Safety',
  'Social Cohesion',
  'Prevention Studies',
  'Local Governance',
  'Public Health',
  'Youth Engagement',
  'Interfaith Dialogue',
  'Digital Safety',
  'Victim Support',
  'Violence Prevention',
  'Inclusive Cities',
  'Migration and Integration',
  'Security Cooperation',
  'Rehabilitation Services',
  'Democratic Participation',
  'Crisis Recovery',
  'Civic Education',
] as const;

const portfolios = [
  'Interior',
  'Foreign Affairs',
  'Justice',
  'Social Affairs',
  'Education',
  'Local Government',
  'Home Affairs',
  'Youth and Sport',
];

/** An organisation name; `national` ones belong to a government. */
export function organisation(rng: Rng, national: boolean): string {
  const root = inventName(rng, 2, 3);
  const topic = rng.pick(topics);
  const forms = national
    ? [
        `Ministry of ${rng.pick(portfolios)}`,
        `National Council for ${topic}`,
        `National Centre for ${topic}`,
        `Office for ${topic}`,
        `Department of ${rng.pick(portfolios)}`,
      ]
    : [
        `${root} Institute for ${topic}`,
        `${root} Foundation`,
        `Centre for ${topic} ${root}`,
        `${root} Civic Alliance`,
        `${root} Network for ${topic}`,
        `${root} Research Council`,
      ];
  const name = rng.pick(forms);
  return !national && rng.chance(0.3) ? `${name} (${acronym(name)})` : name;
}

/** An international body: no country of its own. */
export function internationalBody(rng: Rng): string {
  return `${rng.pick(['International', 'Global', 'Regional', 'Intercontinental'])} ${rng.pick(topics)} ${rng.pick(['Forum', 'Partnership', 'Observatory', 'Platform'])}`;
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/** A role for someone in an organisation (never a mayor: mayors are introduced with their city). */
export function role(rng: Rng): string {
  return rng.pick([
    'Executive Director',
    'Director',
    'Deputy Director',
    'Head of Programmes',
    'Senior Advisor',
    'Programme Manager',
    'Policy Officer',
    'Research Fellow',
    'Chief Executive',
    `National Coordinator for ${rng.pick(topics)}`,
    `Head of ${rng.pick(topics)}`,
  ]);
}

/** A role held for a government, used in role-before-name introductions. */
export function governmentRole(rng: Rng): string {
  return rng.pick(['Minister', 'Deputy Minister', 'Under-Secretary', 'State Secretary', 'Ambassador', 'Special Envoy']);
}

/** A named programme or initiative, to give the prose proper nouns of its own. */
export function programme(rng: Rng): string {
  return `${inventName(rng, 2, 3)} ${rng.pick(['Initiative', 'Programme', 'Compact', 'Partnership', 'Platform', 'Pilot'])}`;
}
