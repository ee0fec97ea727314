/**
 * One person record per distinct speaker across all sources, keyed by the
 * speaker slug: every role, organisation and city they were introduced with,
 * their country, and their contributions in date and session order.
 */
import type { PersonRecord } from '../../../src/schemas/records.ts';
import type { Appearance } from '../shape/document.ts';
import type { BuiltRecord } from './records.ts';

function byDateThenOrder(a: Appearance, b: Appearance): number {
  return (
    a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.sessionOrder - b.sessionOrder || a.order - b.order
  );
}

export function personRecords(appearances: Appearance[]): BuiltRecord[] {
  const people = new Map<string, PersonRecord>();
  for (const appearance of [...appearances].sort(byDateThenOrder)) {
    const { speaker } = appearance;
    const person = people.get(speaker.id) ?? {
      type: 'person',
      id: speaker.id,
      name: speaker.name,
      roles: [],
      organisations: [],
      cities: [],
      country: speaker.country,
      countryName: speaker.countryName,
      contributions: [],
      source: { file: appearance.file, lines: appearance.lines },
    };
    if (speaker.role && !person.roles.includes(speaker.role)) person.roles.push(speaker.role);
    if (speaker.organisation && !person.organisations.includes(speaker.organisation))
      person.organisations.push(speaker.organisation);
    if (speaker.city && !person.cities.includes(speaker.city)) person.cities.push(speaker.city);
    if (!person.country && speaker.country) {
      person.country = speaker.country;
      person.countryName = speaker.countryName;
    }
    person.contributions.push(appearance.contributionId);
    people.set(speaker.id, person);
  }
  return [...people.values()].map((person) => ({
    type: 'person',
    id: person.id,
    data: person,
    body: '',
    place: undefined,
  }));
}
