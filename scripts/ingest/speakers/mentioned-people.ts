/**
 * People a document names before (or without) reporting them speaking: list
 * entries ("Panellists: • Jane Doe, Mayor of X"), labelled lines
 * ("Moderator: Jane Doe, …") and names in running text with a title before
 * them or a descriptor after them ("at the invitation of Minister of the
 * Interior Jane Doe", "with Jane Doe, Commissioner for X, and …"). When the
 * text later says "Doe said …", the reader knows who Doe is.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findCountry, lookupCountry } from './countries.ts';
import { readDescriptor } from './descriptors.ts';
import { isInstitutionWord, isRoleWord } from './lexicon.ts';
import { readLabelledPerson, readListedPerson } from './people-lists.ts';
import { person, type Speech } from './recognisers/types.ts';
import { isPersonName, segments } from './speakers.ts';
import { flatText, words } from '../shape/text.ts';

/** Capitalised words, with name particles between them ("Gabriela Montes de Oca"). */
const nameRun =
  /(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:de|da|del|della|der|van|von|al|el|di|du|la|le|bin|ibn)\s+)?){1,5}[\p{Lu}][\p{L}'’-]*/gu;

/** Texts to look in: every paragraph and heading, and every list item as an entry. */
function texts(blocks: RootContent[]): { text: string; entry: boolean }[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'heading') return [{ text: flatText(block), entry: false }];
    if (block.type === 'list')
      return block.children.flatMap((item) => [{ text: flatText(item), entry: true }, ...texts(item.children)]);
    return [];
  });
}

/** A name in running text, with evidence that it is a person's: a title before it or a descriptor after it. */
function namesInText(text: string): Speech[] {
  // Sentence by sentence: a name never runs across a full stop ("… in Geneva. Mr. Jane Doe").
  return text.split(/(?<=\p{Ll}{2}[.!?])\s+/u).flatMap((sentence) => namesInSentence(sentence));
}

function namesInSentence(text: string): Speech[] {
  const found: Speech[] = [];
  for (const match of text.matchAll(nameRun)) {
    const parts = match[0].split(/\s+/u);
    // Words up to the last title or possessive belong to the title, not the name
    // ("Bogotá’s Finance Secretary Jane Doe", "the Agency’s Jane Doe").
    const titleEnd = parts.findLastIndex((word) => isRoleWord(word) || /[’']s$/u.test(word));
    const name = parts.slice(titleEnd + 1).join(' ');
    if (!isPersonName(name)) continue;
    const before = words(text.slice(0, match.index)).at(-1) ?? '';
    const after = text.slice(match.index + match[0].length);
    const aside = /^,\s*([^,]+),/u.exec(after)?.[1] ?? '';
    const bracket = /^\s*\(([^)]+)\)/u.exec(after)?.[1];
    const titled = isRoleWord(before) || titleEnd >= 0;
    const described = words(aside).some((word) => isRoleWord(word) || isInstitutionWord(word));
    const country = bracket ? findCountry(bracket) : undefined;
    if (!titled && !described && !country) continue;
    const descriptor = described ? readDescriptor(segments(aside)) : undefined;
    found.push(
      person({
        name,
        role: descriptor?.role ?? null,
        organisation: descriptor?.organisation ?? null,
        city: descriptor?.city ?? null,
        country: country ?? descriptor?.country ?? null,
      }),
    );
  }
  return found;
}

/** "Estonia – Jane Doe, Minister of X; John Roe, Director, Y": a delegation's line of people. */
function delegationLine(line: string): Speech[] {
  const match = /^([\p{Lu}][\p{L} .'’-]{1,40}?)\s+[–—-]\s+(.+)$/u.exec(line.trim());
  const country = match?.[1] ? lookupCountry(match[1]) : undefined;
  if (!country || !match?.[2]) return [];
  return match[2].split(/;\s*/u).flatMap((entry) => {
    const listed = readListedPerson(entry);
    return listed ? [person({ name: listed.name, ...listed.descriptor, country })] : [];
  });
}

/** Everyone the document names as a person, by name. */
export function mentionedPeople(blocks: RootContent[]): Map<string, Speech> {
  const people = new Map<string, Speech>();
  for (const block of blocks)
    if (block.type === 'paragraph' || block.type === 'list')
      for (const line of toString(block).split('\n'))
        for (const speech of delegationLine(line)) people.set(speech.name, speech);
  for (const { text, entry } of texts(blocks)) {
    // A list entry or a labelled line ("Moderator: …") is one person; running text may name several.
    const listed = readLabelledPerson(text) ?? (entry ? readListedPerson(text) : undefined);
    const found = listed ? [person({ name: listed.name, ...listed.descriptor })] : namesInText(text);
    for (const speech of found) if (!people.has(speech.name)) people.set(speech.name, speech);
  }
  return people;
}
