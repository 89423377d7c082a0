/** `npm run schema:print`: write the SDL contract to schema/schema.graphql. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printGatewaySchema } from './index';

const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
writeFileSync(target, printGatewaySchema());
console.log(`wrote ${target}`);
