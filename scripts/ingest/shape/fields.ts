/**
 * Labelled facts ("Location: …", "**Co-Organisers:** …") mapped to event
 * fields. Labels are matched by meaning, not by one spelling.
 */
export type ListField = 'organisers' | 'coSponsors' | 'partners';
export type TextField = 'location' | 'format' | 'language' | 'webcast' | 'time' | 'series';
export type LabelField = ListField | TextField;

const labels: [RegExp, LabelField][] = [
  [/^co-?sponsor/iu, 'coSponsors'],
  [/organi[sz]er|^hosts?\b|^hosted/iu, 'organisers'],
  [/partner/iu, 'partners'],
  [/^(?:location|venue|place)\b/iu, 'location'],
  [/^format\b|^modality/iu, 'format'],
  [/language|interpretation/iu, 'language'],
  [/webcast|livestream|streaming/iu, 'webcast'],
  [/^time\b/iu, 'time'],
];

/** The event field a label names ("Co-Organisers" → organisers), if any. */
export function fieldOfLabel(label: string): LabelField | undefined {
  const clean = label.replace(/[:*]/gu, '').trim();
  return labels.find(([pattern]) => pattern.test(clean))?.[1];
}

export function isListField(field: LabelField): field is ListField {
  return field === 'organisers' || field === 'coSponsors' || field === 'partners';
}

function capitalisedWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).length;
}

/**
 * Split a list of names: at semicolons and commas outside parentheses, and
 * at "and" when both sides are names of two or more capitalised words
 * ("X Network and the Permanent Mission of Y" but not "Foreign Affairs and Trade").
 */
export function splitNames(text: string): string[] {
  const parts = text.split(/\s*;\s*|,\s+(?:and\s+)?(?![^(]*\))/u);
  return parts
    .flatMap((part) => {
      const at = part.search(/\s+and\s+(?:the\s+)?\p{Lu}/u);
      if (at < 0) return [part];
      const left = part.slice(0, at);
      const right = part.slice(at).replace(/^\s+and\s+/u, '');
      return capitalisedWords(left) >= 2 && capitalisedWords(right) >= 2 ? [left, ...splitNames(right)] : [part];
    })
    .map((part) =>
      part
        .trim()
        .replace(/^the\s+/u, '')
        .replace(/[.;,]$/u, ''),
    )
    .filter(Boolean);
}

/** "1300-1500hr", "13:00 – 15:00" → "13:00–15:00"; other text unchanged. */
export function normaliseTime(text: string): string {
  const match = /(\d{1,2}):?(\d{2})\s*(?:hrs?|h)?\s*(?:[-–—]|to)\s*(\d{1,2}):?(\d{2})\s*(?:hrs?|h)?/iu.exec(text);
  if (!match) return text.trim();
  const [, h1 = '', m1 = '', h2 = '', m2 = ''] = match;
  return `${h1.padStart(2, '0')}:${m1}–${h2.padStart(2, '0')}:${m2}`;
}
