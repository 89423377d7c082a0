/**
 * The job-starting mutations are typed end to end (issue #9): the input a resolver reads is the shape Pothos
 * parses from the mutation's arguments, so a misspelt input key is a compile error, not an `undefined` sent
 * upstream; and since job inputs pass to the domain unrenamed, an input field the domain input does not name is a
 * compile error too. Shown by compiling copies of src/schema/images/job-mutations.ts (and of the input objects
 * it imports, mutation-inputs.ts) with one key misspelt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../helpers/typecheck';

const DIR = new URL('../../src/schema/images/', import.meta.url).pathname;

/** Compiles `mutations` (and `inputs` in place of mutation-inputs.ts, when given); the diagnostics of the copies. */
function compile(mutations: string, inputs?: string): string[] {
  const file = `${DIR}job-mutations.typecheck.tmp.ts`;
  if (inputs === undefined) return diagnosticsOf({ [file]: mutations });
  return diagnosticsOf({
    [file]: mutations.replace("from './mutation-inputs';", "from './mutation-inputs.typecheck.tmp';"),
    [`${DIR}mutation-inputs.typecheck.tmp.ts`]: inputs,
  });
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
