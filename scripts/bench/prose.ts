/**
 * Words for synthetic meeting summaries: people's names invented from
 * syllables (never a real name), countries from the `world-countries`
 * package, and a small grammar of the genre's phrases: `fill` replaces each
 * `{key}` with a random phrase of `grammar[key]` (itself filled, so phrases
 * nest); `{Key}` capitalises it.
 */
import worldCountries from 'world-countries';
import type { Rng } from './prng.ts';

export interface Country {
  name: string;
  demonym: string;
  capital: string;
}

/** UN members with a capital and a single demonym ("Dominican", not "Antiguan, Barbudan"), by ISO code. */
export const countries: readonly Country[] = worldCountries
  .filter((c) => c.unMember && c.capital[0] && /^[^,]+$/u.test(c.demonyms['eng']?.m.replace(' or ', ',') ?? ','))
  .sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))
  .map((c) => ({ name: c.name.common, demonym: c.demonyms['eng']?.m ?? '', capital: c.capital[0] ?? '' }));

const onsets = 'b d f g h j k l m n p r s t v w z ch sh br dr kr tr st'.split(' ');
const vowels = 'a e i o u a e i o ai ei ou ia'.split(' ');
const codas = '   n r l s m k nd th'.split(' ');

/** An invented proper noun of `min`–`max` syllables. */
export function invented(rng: Rng, min = 2, max = 3): string {
  let word = '';
  const count = rng.int(min, max);
  for (let i = 0; i < count; i += 1)
    word += rng.pick(onsets) + rng.pick(vowels) + (i === count - 1 ? rng.pick(codas) : '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface Person {
  name: string;
  pronoun: 'she' | 'he';
}

/** A person no one in `taken` has the name of: a given name of five letters or more (never an English word), maybe a middle name, a surname. */
export function person(rng: Rng, taken: Set<string>): Person {
  for (;;) {
    const given = invented(rng, 2, 3);
    const name = [given, ...(rng.chance(0.12) ? [invented(rng, 1, 2)] : []), invented(rng, 2, 4)].join(' ');
    if (given.length < 5 || taken.has(name)) continue;
    taken.add(name);
    return { name, pronoun: rng.chance(0.5) ? 'she' : 'he' };
  }
}

/** Phrases by key, separated by `|`. `said` holds sentences, lower case first. */
const grammar: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    topic:
      'Community Resilience|Urban Safety|Social Cohesion|Local Governance|Public Health|Youth Engagement|Interfaith Dialogue|Digital Safety|Victim Support|Violence Prevention|Inclusive Cities|Migration and Integration|Rehabilitation Services|Crisis Recovery|Civic Education',
    role: 'Executive Director|Director|Deputy Director|Senior Advisor|Programme Manager|Research Fellow|Head of {topic}',
    org: '{invented} Institute for {topic}|{invented} Foundation|Centre for {topic} {invented}|{invented} Network for {topic}',
    ministry: 'Ministry of {portfolio}|National Council for {topic}|Office for {topic}',
    portfolio: 'Interior|Foreign Affairs|Justice|Social Affairs|Education|Local Government|Youth and Sport',
    minister: 'Minister|Deputy Minister|State Secretary|Ambassador|Special Envoy',
    body: 'International {topic} Forum|Global {topic} Partnership|Regional {topic} Observatory',
    actors:
      'local governments|mayors|city leaders|civil society organisations|national governments|frontline practitioners|youth workers|religious leaders|community groups|social workers|teachers|police services|researchers|donors',
    action:
      'build trust with|strengthen cooperation with|share information with|support|engage|listen to|train|fund|coordinate with|learn from',
    object:
      'affected communities|returning families|young people|victims and survivors|neighbourhood councils|schools and universities|health services|local businesses|minority groups|online communities',
    goal: 'prevent violence before it occurs|reduce polarisation|counter hate speech|rebuild social cohesion|improve early warning|make services more inclusive|sustain long-term recovery|measure what works|address grievances early',
    challenge:
      'limited funding|weak coordination between levels of government|mistrust of institutions|online disinformation|a shortage of trained staff|fragmented data|short project cycles|pressure on public services',
    adjective: 'practical|sustainable|community-based|multi-agency|evidence-based|preventive|inclusive|long-term',
    noun: 'approach|framework|strategy|mechanism|partnership|network|toolkit|action plan|referral system',
    place: 'in the capital|in smaller towns|across the region|in border areas|in rural districts|across the country',
    often: 'often|still|now|increasingly',
    said: [
      '{actors} {often} {action} {object} to {goal}.',
      'a {adjective} {noun} helps {actors} {goal} {place}.',
      'the main obstacle remains {challenge}, and {actors} {often} lack support.',
      'the {invented} {programme} has worked with {count} cities since {year}.',
      'without predictable resources, {actors} cannot {goal}.',
      'experience {place} shows that {actors} who {action} {object} are better placed to {goal}.',
      'there is a need for a {adjective} {noun} on {topic} that involves {actors}.',
      'in {year}, a pilot {place} reached {number} residents through {means}.',
      'efforts to {goal} {often} suffer from {challenge}.',
    ].join('|'),
    programme: 'Initiative|Programme|Compact|Pilot',
    means: 'workshops|mentoring|outreach|mobile teams',
    clause:
      'how {actors} can {goal}|the role of {actors} in efforts to {goal}|the need to {action} {object} {place}|lessons from a {adjective} {noun} {place}',
    predicate:
      'said that {said}|noted that {said}|argued that {said}|spoke about {clause}.|highlighted {clause}.|stressed {clause}.|described {clause}.',
  }).map(([key, phrases]) => [key, phrases.split('|')]),
);

/** `template` with each `{key}` filled from `parts` or the grammar; "a" before a vowel becomes "an". */
export function fill(rng: Rng, template: string, parts: Record<string, () => string> = {}): string {
  const common: Record<string, () => string> = {
    invented: () => invented(rng),
    number: () => rng.int(3, 20_000).toLocaleString('en-GB'),
    year: () => String(rng.int(2005, 2025)),
    count: () => String(rng.int(3, 90)),
    ...parts,
  };
  return template
    .replace(/\{(\w+)\}/gu, (_, key: string) => {
      const lower = key.charAt(0).toLowerCase() + key.slice(1);
      const phrases = grammar[lower];
      const text = common[lower]?.() ?? (phrases ? fill(rng, rng.pick(phrases), parts) : `{${key}}`);
      return key === lower ? text : text.charAt(0).toUpperCase() + text.slice(1);
    })
    .replace(/\b([Aa]) (?=[aeiou])/gu, '$1n ');
}

/** `count` sentences. */
export function sentences(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => fill(rng, '{Said}')).join(' ');
}
