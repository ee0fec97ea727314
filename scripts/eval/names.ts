/**
 * Name normalisation for matching found speakers against gold names. Both
 * sides go through the same steps:
 * 1. NFKD, then combining marks removed ("António" → "antonio", "ﬃ" → "ffi");
 * 2. lowercase;
 * 3. leading honorifics removed, repeatedly: Mr, Mrs, Ms, Dr, Prof, H.E.,
 *    His/Her Excellency, Ambassador (titles of office such as "President" or
 *    "Sheikh" are kept: gold readings list such forms as aliases);
 * 4. apostrophes removed, other punctuation made a space, except hyphens
 *    inside words ("Al-Doe");
 * 5. spaces collapsed, and a trailing "Jr" suffix removed.
 */
const honorific = /^(?:(?:his|her) excellency|h\.\s?e\.?|mrs\.?|mr\.?|ms\.?|dr\.?|prof\.?|ambassador)(?:\s+|$)/u;

export function normaliseName(name: string): string {
  let text = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(honorific, '').trim();
  }
  return text
    .replace(/['’‘]/gu, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/ jr$/u, '');
}
