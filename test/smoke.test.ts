import { describe, expect, it } from 'vitest';
import { printSchema, buildSchema } from 'graphql';

describe('toolchain', () => {
  it('parses SDL', () => {
    expect(printSchema(buildSchema('type Query { ok: Boolean }'))).toContain('ok: Boolean');
  });
});
