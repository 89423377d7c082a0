/**
 * The job-starting mutations are typed end to end (issue #9): the input a resolver reads is the shape Pothos
 * parses from the mutation's arguments, so a misspelt input key is a compile error, not an `undefined` sent
 * upstream; and since job inputs pass to the domain unrenamed, an input field the domain input does not name is a
 * compile error too. Shown by compiling a copy of src/schema/images/mutations.ts with one key misspelt.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/schema/images/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

function compile(source: string): string[] {
  // Beside the original, so its relative imports resolve; *.tmp.ts is gitignored.
  const file = `${DIR}mutations.typecheck.tmp.ts`;
  writeFileSync(file, source);
  try {
    const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([file], { ...options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(file, { force: true });
  }
}

describe('job-starting mutations are typed end to end', () => {
  const original = readFileSync(`${DIR}mutations.ts`, 'utf8');

  it('the file as it is compiles', () => {
    expect(compile(original)).toEqual([]);
  }, 120_000);

  it('a misspelt input key fails to compile', () => {
    const misspelt = original.replace('ims.exportImage(imageIdFromArg(String(i.imageId))', 'ims.exportImage(imageIdFromArg(String(i.imageID))');
    expect(misspelt).not.toBe(original);
    const errors = compile(misspelt);
    expect(errors.join('\n')).toMatch(/imageID/);
  }, 120_000);

  it('an input field the domain input does not name fails to compile (inputs pass through unrenamed)', () => {
    const misspelt = original.replace("encryptionKeyId: t.string({ description: 'KMS key for the copy", "encryptionKeyID: t.string({ description: 'KMS key for the copy");
    expect(misspelt).not.toBe(original);
    const errors = compile(misspelt);
    expect(errors.join('\n')).toMatch(/encryptionKeyID/);
  }, 120_000);
});
