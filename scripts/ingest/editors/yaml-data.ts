/**
 * Reads an editor's YAML file (sidecar or curation) with positions: syntax
 * errors, unknown keys and invalid values become messages with line and
 * column, validated against a strict zod schema.
 */
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { fail } from '../diagnostics.ts';

export interface YamlData<T> {
  data: T;
  /** Start of the node at a path (`['people', 0]`), for later messages. */
  placeOf: (path: (string | number)[]) => Point | undefined;
  /** Start of the key of the map entry at a path (`['records', 'some/id']`), else of its parent. */
  keyPlaceOf: (path: (string | number)[]) => Point | undefined;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  let def = current.def as Def;
  while (def.innerType && ['optional', 'default', 'nullable'].includes(def.type)) {
    current = def.innerType;
    def = current.def;
  }
  return current;
}

/** Keys the object schema at `path` allows, for "expected one of …". */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const step of path) {
    const def = current.def as Def;
    const next = typeof step === 'number' ? def.element : (def.shape?.[String(step)] ?? def.valueType);
    if (!next) return [];
    current = unwrap(next);
  }
  return Object.keys((current.def as Def).shape ?? {});
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
  array: 'a list (one `- item` a line)',
  object: 'a mapping (one `key: value` a line)',
};

/** What a failed check wanted, in words: zod's message without its "Invalid input" and "received …". */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_format' && issue.format === 'url')
    return 'an absolute URL such as `https://example.org/report.pdf`';
  if (issue.code === 'invalid_type') return typeNames[issue.expected] ?? issue.expected;
  return issue.message
    .replace(/^Invalid input:\s*/u, '')
    .replace(/^expected\s+/u, '')
    .replace(/,\s*received \w+$/u, '');
}

/**
 * An editor's YAML file as text: UTF-8 with no control characters (a NUL would reach the records). Each
 * problem is an error at its line and column; the file's text is empty then, so nothing of it is used.
 */
export function yamlText(file: VFile, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    fail(
      file,
      'Unexpected bytes that are not UTF-8 in a YAML file, expected UTF-8 text; save the file as UTF-8',
      { line: 1, column: 1 },
      'yaml-encoding',
    );
    return '';
  }
  const control = /(?![\t\n\r])\p{Cc}/u.exec(text);
  if (!control) return text;
  const before = text.slice(0, control.index);
  const code = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
  fail(
    file,
    `Unexpected control character U+${code} in a YAML file, expected printable text; remove it`,
    { line: before.split('\n').length, column: control.index - before.lastIndexOf('\n') },
    'yaml-control-character',
  );
  return '';
}

/** Paths of the string values holding a control character other than tab and line feed. */
function controlCharacterPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return /(?![\t\n])\p{Cc}/u.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterPaths(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => controlCharacterPaths(item, [...path, key]));
  return [];
}

export function readYaml<S extends z.ZodType>(file: VFile, schema: S, what: string): YamlData<z.infer<S>> | undefined {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(String(file.value), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const pointAt = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  /** A missing node (a required key left out) is placed at the nearest node that exists above it. */
  const placeOf = (path: (string | number)[]): Point | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return pointAt(node.range[0]);
    }
    return undefined;
  };
  const keyPlaceOf = (path: (string | number)[]): Point | undefined => {
    const map = document.getIn(path.slice(0, -1), true);
    const key = path.at(-1);
    const pair = isMap(map)
      ? map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      : undefined;
    const range = pair && isPair(pair) && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? pointAt(range[0]) : placeOf(path.slice(0, -1));
  };
  for (const error of document.errors) {
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? error.code;
    fail(
      file,
      `Unexpected YAML syntax in ${what} (${reason}), expected valid YAML; check indentation and quoting`,
      pointAt(error.pos[0]),
      'yaml-syntax',
    );
  }
  if (document.errors.length > 0) return undefined;

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    fail(
      file,
      `Unexpected YAML aliases that expand too far in ${what}, expected plain values; write the values out instead of \`*alias\` references`,
      { line: 1, column: 1 },
      'yaml-aliases',
    );
    return undefined;
  }
  // An escape such as "\x00" puts a control character in a value that the bytes did not show.
  const controlled = controlCharacterPaths(value);
  for (const path of controlled)
    fail(
      file,
      `Unexpected control character in \`${path.join('.')}\` of ${what}, expected printable text; remove the escape that makes it`,
      placeOf(path),
      'yaml-control-character',
    );
  if (controlled.length > 0) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, placeOf, keyPlaceOf };
  for (const issue of result.error.issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    const where = path.length > 0 ? `\`${path.join('.')}\`` : 'the top level';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const allowed = keysAt(schema, path)
          .map((name) => `\`${name}\``)
          .join(', ');
        fail(
          file,
          `Unexpected key \`${key}\` at ${where} of ${what}, expected one of ${allowed}`,
          keyPlaceOf([...path, key]),
          'yaml-unknown-key',
        );
      }
      continue;
    }
    const value: unknown = document.getIn(path);
    const expected = expectation(issue);
    const key = path.at(-1);
    const parent = path.length > 1 ? `\`${path.slice(0, -1).join('.')}\`` : 'the top level';
    fail(
      file,
      value === undefined && key !== undefined
        ? `Unexpected missing key \`${String(key)}\` at ${parent} of ${what}, expected ${expected}; add \`${String(key)}:\``
        : `Unexpected ${JSON.stringify(value)} for ${where} of ${what}, expected ${expected}`,
      placeOf(path),
      'yaml-invalid-value',
    );
  }
  return undefined;
}
