/**
 * The baseline of `npm run bench:rps`: a bare graphql-yoga server answering `{ hello }`, nothing else (no plugins,
 * no upstream). Prints its URL on stdout once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: false,
  graphiql: false,
});
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
