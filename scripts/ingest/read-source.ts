/** One source document read from disk with its sidecar, through the reader of its format (`readers/`). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import type { Curation } from './editors/curation.ts';
import { fail } from './diagnostics.ts';
import { readDocument, type DocumentResult } from './shape/document.ts';
import { readInput } from './readers/index.ts';
import { carryBack, type PagedAppearance } from './readers/source-map.ts';
import type { BuiltRecord } from './records/records.ts';
import { readSidecar, sidecarPathOf, type Sidecar } from './editors/sidecar.ts';
import { yamlText } from './editors/yaml-data.ts';
import { validateRecord } from './records/validate.ts';
import { renderRecord } from './records/write-records.ts';

export interface SourceResult {
  file: VFile;
  /** The sidecar's file, when the source has one. */
  sidecar: VFile | undefined;
  records: BuiltRecord[];
  appearances: PagedAppearance[];
}

/** A file, or undefined when it cannot be read (missing, or gone since the folder was listed). */
export function readVFile(root: string, path: string): { file: VFile; bytes: Uint8Array } | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return { file: new VFile({ path: relative(root, path), value: '' }), bytes };
}

/** The document's records; a fault of the reader is an error on the document, never a crash of the run. */
function readSafely(file: VFile, bytes: Uint8Array, sidecar: Sidecar, curation: Curation): DocumentResult {
  try {
    return readDocument(file, bytes, sidecar, curation);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    fail(
      file,
      `Unexpected failure of the reader on this document (${reason}), expected any text to be read; report it with the document, and move the document out of \`content/sources\` meanwhile`,
      { line: 1, column: 1 },
      'reader-failure',
    );
    return { records: [], appearances: [] };
  }
}

/**
 * The source `name` of `sourcesDir` and its sidecar, as records (tagged with
 * themes by `tag` when given), each validated and rendered here, on the
 * thread that read it; undefined when the source cannot be read. Places in
 * messages and records point into the source as received (a PDF's page and
 * line, a web page's line), not into the Markdown its reader made.
 */
export async function readSource(
  root: string,
  sourcesDir: string,
  name: string,
  curation: Curation,
  tag?: (records: BuiltRecord[]) => void,
): Promise<SourceResult | undefined> {
  const input = readVFile(root, join(sourcesDir, name));
  if (!input) return undefined;
  const sidecarInput = readVFile(root, sidecarPathOf(join(sourcesDir, name)));
  let sidecar: Sidecar = {};
  if (sidecarInput) {
    sidecarInput.file.value = yamlText(sidecarInput.file, sidecarInput.bytes);
    sidecar = readSidecar(sidecarInput.file) ?? {};
  }
  const text = await readInput(input.file, input.bytes);
  // The reader's own messages already point into the original; only those the reading adds are carried back.
  const readerMessages = input.file.messages.length;
  // A sidecar file wins over the front matter's facts.
  const document: DocumentResult = text
    ? readSafely(input.file, text.bytes, { ...text.sidecar, ...sidecar }, curation)
    : { records: [], appearances: [] };
  if (text?.map) carryBack(text.map, input.file, readerMessages, document.records, document.appearances);
  tag?.(document.records);
  for (const record of document.records) {
    validateRecord(record, input.file);
    record.text = renderRecord(record);
  }
  return { file: input.file, sidecar: sidecarInput?.file, ...document };
}
