/**
 * Attributes each paragraph of a session to a speaker. An introduction
 * opens (or continues) that speaker's contribution; any other paragraph
 * belongs to the last speaker introduced in the session. Text before the
 * first introduction is the session's own, unless it refers back to a
 * speaker ("She added …"), which is an error: nobody was introduced yet.
 */
import type { RootContent } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { fail, quote } from './diagnostics.ts';
import { referringPronouns } from './lexicon.ts';
import { slugify } from './slug.ts';
import { parseIntroduction, type Introduction } from './speakers.ts';
import type { Section } from './structure.ts';
import { flatText, words } from './text.ts';

export interface Contribution {
  /** Speaker slug: the person's ID. */
  slug: string;
  /** The introduction as printed. */
  introduction: Introduction;
  /** Where the speaker was introduced. */
  introducedAt: Position | undefined;
  blocks: RootContent[];
}

export interface AttributedSession {
  section: Section;
  /** Text of the session that belongs to no speaker. */
  body: RootContent[];
  contributions: Contribution[];
}

export function attributeSession(section: Section, file: VFile): AttributedSession {
  const session: AttributedSession = { section, body: [], contributions: [] };
  const bySlug = new Map<string, Contribution>();
  let current: Contribution | undefined;
  for (const block of section.blocks) {
    const introduction = block.type === 'paragraph' ? parseIntroduction(block) : undefined;
    if (introduction) {
      const slug = slugify(introduction.name);
      current = bySlug.get(slug);
      if (!current) {
        current = { slug, introduction, introducedAt: block.position, blocks: [] };
        bySlug.set(slug, current);
        session.contributions.push(current);
      }
      current.blocks.push(block);
    } else if (current) {
      current.blocks.push(block);
    } else if (block.type === 'paragraph' && referringPronouns.has(words(flatText(block))[0]?.toLowerCase() ?? '')) {
      fail(
        file,
        `Unexpected paragraph ${quote(flatText(block))} that refers to a speaker before anyone is introduced in session ${quote(section.title)}, expected an introduction such as \`Name, Role, Organisation, Country, said …\` first`,
        block.position,
        'unattributed-paragraph',
      );
    } else {
      session.body.push(block);
    }
  }
  return session;
}
