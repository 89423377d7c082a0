import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printGatewaySchema } from '../../src/schema';

describe('schema contract', () => {
  it('schema/schema.graphql is the schema the code builds (run `npm run schema:print` after a change)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printGatewaySchema()).toBe(committed);
  });
});
