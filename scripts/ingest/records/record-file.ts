/**
 * A record file's text, through gray-matter with the `yaml` package as its
 * YAML engine (the one the editors' files are read with: one YAML library in
 * the project). YAML 1.1 rules quote every string another reader could take
 * for something else (`"2021-09-30"`, `"NO"`, `"yes"`), so Astro's loader
 * reads the same values back.
 */
import matter from 'gray-matter';
import { parse, stringify } from 'yaml';

const options = {
  engines: {
    yaml: {
      parse: (text: string) => (parse(text, { version: '1.1' }) ?? {}) as object,
      stringify: (data: object) => stringify(data, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false }),
    },
  },
};

/** Front matter in the data's key order, then the body after a blank line (none when empty). */
export function renderRecordFile(data: object, body: string): string {
  // The body goes in as a file object: given a string, gray-matter would parse it for front matter of its own.
  return matter.stringify({ content: body ? `\n${body}\n` : '' }, data, options);
}

/** The front matter's data and the body of a record file. */
export function parseRecordFile(text: string): { data: Record<string, unknown>; body: string } {
  // A fresh copy each time: gray-matter caches by text and would hand back one shared object.
  const { data, content } = matter(text, { ...options });
  return { data, body: content };
}
