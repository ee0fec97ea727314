import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

test('every built page is valid HTML (html-validate, standard rules)', async () => {
  const distDir = inject('distDir');
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const files = await htmlFiles(distDir);
  expect(files.length).toBeGreaterThan(50);
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(
          `${path.relative(distDir, file)}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`,
        );
      }
    }
  }
  expect(errors).toEqual([]);
});
