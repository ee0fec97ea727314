/**
 * What a top-level block looks like, from its text alone: a heading-like
 * line, prose, a session heading. Shared by the page-break repair and the
 * structure pass so that both agree on what a heading is.
 */
import type { RootContent } from 'mdast';
import { flatText, isCapitalised, plainText, words } from './text.ts';

/** Longest heading, in words. */
const maxHeadingWords = 24;
/** Longest heading written in sentence case, in words. */
const maxSentenceCaseWords = 6;

function isTitleCase(text: string): boolean {
  const significant = words(text).filter((word) => word.replace(/\P{L}/gu, '').length >= 4);
  const capitalised = significant.filter((word) => isCapitalised(word)).length;
  return significant.length === 0 || capitalised / significant.length >= 0.6;
}

/** A single short line in Title Case, not ending like a sentence ("Background", "Session 2: …?"). */
export function isHeadingLike(node: RootContent): boolean {
  if (node.type === 'heading') return true;
  if (node.type !== 'paragraph') return false;
  const text = plainText(node);
  if (text.includes('\n') || /[.,;]$/u.test(text) || !/^\p{Lu}/u.test(text)) return false;
  // A heading in sentence case is short and never a lead-in ("Welcome and keynote", "Study visits").
  const sentenceCase = words(text).length <= maxSentenceCaseWords && !/[:!?]$/u.test(text);
  return words(text).length <= maxHeadingWords && (isTitleCase(text) || sentenceCase);
}

/**
 * Prose: a list, or a paragraph of a dozen words or more written in sentence
 * case, or ending in a full stop (a sentence full of names looks like Title Case).
 */
export function isProse(node: RootContent): boolean {
  if (node.type === 'list') return true;
  if (node.type !== 'paragraph') return false;
  const text = flatText(node);
  return words(text).length >= 12 && (!isTitleCase(text) || /[.!?]["”’)]?$/u.test(text));
}

export interface SessionHeading {
  /** The word before the number ("Session", "Panel"). */
  word: string;
  /** Number as printed ("1", "II"), or null. */
  number: string | null;
  /** Title without the "Session N:" prefix. */
  title: string;
}

const numbered =
  /^(session|panel|segment|part)\s+(\d+|[IVXLC]+|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[:.–—-]?\s*(.*)$/iu;
const unnumbered = /\b(?:session|panel|segment|plenary|roundtable|round table)\b/iu;

/** The session a heading line opens ("Session 1: Title", "Opening Session"), if it opens one. */
export function sessionHeading(text: string): SessionHeading | undefined {
  const match = numbered.exec(text);
  if (match?.[1] && match[2]) return { word: match[1], number: match[2], title: match[3]?.trim() || text };
  if (unnumbered.test(text) && words(text).length <= 6)
    return { word: 'session', number: null, title: text.replace(/:$/u, '') };
  return undefined;
}
