/**
 * Speaker introductions in the forms this genre uses, and paragraphs that
 * are not introductions, read by the recognisers as the ingest runs them
 * (first match in order). Each case is one paragraph as printed.
 */
import type { Paragraph, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkHashLinks from '../../scripts/ingest/repair/remark-hash-links.ts';
import { recognise } from '../../scripts/ingest/speakers/recognisers/index.ts';
import { splitSentences } from '../../scripts/ingest/speakers/sentences.ts';

function introduce(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkHashLinks);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const paragraph = tree.children[0] as Paragraph;
  const sentence = splitSentences(paragraph)[0];
  const found = sentence && recognise({ sentence, first: true, paragraph })?.speakers[0];
  if (!found) return undefined;
  const { name, role, organisation, city, country } = found;
  return { name, role, organisation, city, country: country?.code ?? null };
}

describe('speaker introductions', () => {
  it.each([
    [
      'Name, Role, Organisation, Country, said',
      'Ana Silva, Director, Lisbon Prevention Office, Portugal, said that …',
      { name: 'Ana Silva', role: 'Director', organisation: 'Lisbon Prevention Office', city: null, country: 'PT' },
    ],
    [
      'Name, the Role of Organisation in Country',
      'Kwame Mensah, the Head of Outreach of the National Peace Council in Ghana, noted …',
      {
        name: 'Kwame Mensah',
        role: 'Head of Outreach',
        organisation: 'National Peace Council',
        city: null,
        country: 'GH',
      },
    ],
    [
      "Country's Role Name",
      "Kenya's Interior Minister Grace Wambui said …",
      { name: 'Grace Wambui', role: 'Interior Minister', organisation: null, city: null, country: 'KE' },
    ],
    [
      'Demonym Organisation Role Name',
      'Finnish Ministry of the Interior Director Mikko Virtanen stressed …',
      {
        name: 'Mikko Virtanen',
        role: 'Director',
        organisation: 'Finnish Ministry of the Interior',
        city: null,
        country: 'FI',
      },
    ],
    [
      'a demonym shared with a territory names the member state',
      'French Ministry of the Interior Adviser Claire Dubois said …',
      {
        name: 'Claire Dubois',
        role: 'Adviser',
        organisation: 'French Ministry of the Interior',
        city: null,
        country: 'FR',
      },
    ],
    [
      'dotted abbreviation before the role',
      'U.K. Security Minister Tom Hale spoke …',
      { name: 'Tom Hale', role: 'Security Minister', organisation: null, city: null, country: 'GB' },
    ],
    [
      'Name - Role, Organisation, Country (no comma before the verb)',
      'Ivana Horvat - Senior Adviser, Ministry of Justice, Croatia highlighted …',
      { name: 'Ivana Horvat', role: 'Senior Adviser', organisation: 'Ministry of Justice', city: null, country: 'HR' },
    ],
    [
      'a city gives the country',
      'Paul Weber, Deputy Head, Office for Community Safety, Hamburg, spoke …',
      {
        name: 'Paul Weber',
        role: 'Deputy Head',
        organisation: 'Office for Community Safety',
        city: 'Hamburg',
        country: 'DE',
      },
    ],
    [
      'Mayor of a city',
      'Sara Costa, Mayor of Porto, said …',
      { name: 'Sara Costa', role: 'Mayor', organisation: null, city: 'Porto', country: 'PT' },
    ],
    [
      'an international organisation has no country',
      'Lena Fischer, Programme Officer, United Nations Office on Drugs and Crime (UNODC), said …',
      {
        name: 'Lena Fischer',
        role: 'Programme Officer',
        organisation: 'United Nations Office on Drugs and Crime (UNODC)',
        city: null,
        country: null,
      },
    ],
    [
      'inside an opening clause, in bold, with a link to #',
      'In his closing remarks, **Omar Haddad, the Director of the [Tunis Safety Centre](#)**, thanked …',
      { name: 'Omar Haddad', role: 'Director', organisation: 'Tunis Safety Centre', city: null, country: null },
    ],
    [
      'honorifics are not part of the name',
      'Dr. Priya Raman, Senior Researcher, Institute for Digital Resilience, India, presented …',
      {
        name: 'Priya Raman',
        role: 'Senior Researcher',
        organisation: 'Institute for Digital Resilience',
        city: null,
        country: 'IN',
      },
    ],
  ])('%s', (_, markdown, expected) => {
    expect(introduce(markdown)).toEqual(expected);
  });

  it.each([
    ['a follow-on with a pronoun', 'She added that the centre advises teachers.'],
    ['a follow-on that opens with a subordinate clause', 'Although budgets are limited, cities act early.'],
    ['a follow-on that opens with the topic', 'The second pillar is to defend a safe, local democracy.'],
    [
      'a paragraph that only cites an official',
      'Participants cited Minister Laura Chen, whose guidelines were praised.',
    ],
    ['a country as the subject', 'Kosovo has put in place a mechanism to coordinate agencies.'],
    [
      'an opening clause without a speaker',
      'In terms of prevention, rather than creating new mechanisms, the city adapted old ones.',
    ],
  ])('%s is not an introduction', (_, markdown) => {
    expect(introduce(markdown)).toBeUndefined();
  });
});
