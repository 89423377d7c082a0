/**
 * The job-starting mutations are typed end to end (issue #9): the input a resolver reads is the shape Pothos
 * parses from the mutation's arguments, so a misspelt input key is a compile error, not an `undefined` sent
 * upstream; and since job inputs pass to the domain unrenamed, an input field the domain input does not name is a
 * compile error too. Shown by compiling copies of src/schema/images/job-mutations.ts (and of the input objects
 * it imports, mutation-inputs.ts) with one key misspelt.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/schema/images/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;

/** Compiles `mutations` (and `inputs` in place of mutation-inputs.ts, when given); the diagnostics of the copies. */
function compile(mutations: string, inputs?: string): string[] {
  // Beside the originals, so their relative imports resolve; *.tmp.ts is gitignored.
  const file = `${DIR}job-mutations.typecheck.tmp.ts`;
  const inputsFile = `${DIR}mutation-inputs.typecheck.tmp.ts`;
  writeFileSync(file, inputs === undefined ? mutations : mutations.replace("from './mutation-inputs';", "from './mutation-inputs.typecheck.tmp';"));
  if (inputs !== undefined) writeFileSync(inputsFile, inputs);
  try {
    const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([file], { ...options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file || d.file?.fileName === inputsFile)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(file, { force: true });
    rmSync(inputsFile, { force: true });
  }
}

describe('job-starting mutations are typed end to end', () => {
  const original = readFileSync(`${DIR}job-mutations.ts`, 'utf8');
  const originalInputs = readFileSync(`${DIR}mutation-inputs.ts`, 'utf8');

  it('the files as they are compile', () => {
    expect(compile(original, originalInputs)).toEqual([]);
  }, 120_000);

  it('a misspelt input key fails to compile', () => {
    const misspelt = original.replace('ims.exportImage(imageIdFromArg(String(i.imageId))', 'ims.exportImage(imageIdFromArg(String(i.imageID))');
    expect(misspelt).not.toBe(original);
    const errors = compile(misspelt);
    expect(errors.join('\n')).toMatch(/imageID/);
  }, 120_000);

  it('an input field the domain input does not name fails to compile (inputs pass through unrenamed)', () => {
    const misspelt = originalInputs.replace("encryptionKeyId: t.string({ description: 'KMS key for the copy", "encryptionKeyID: t.string({ description: 'KMS key for the copy");
    expect(misspelt).not.toBe(originalInputs);
    const errors = compile(original, misspelt);
    expect(errors.join('\n')).toMatch(/encryptionKeyID/);
  }, 120_000);
});
