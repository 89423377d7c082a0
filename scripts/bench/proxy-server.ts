/**
 * The floor of `npm run bench:rps`: a bare graphql-yoga server whose `image(id:)` makes the same upstream call as
 * the gateway (`GET /v2/images/{id}` on IMS_ENDPOINT, the caller's token passed through, one undici pool) and
 * returns two fields of the parsed body. Nothing else: no token validation, limits, logs, metrics, errors, ids.
 * What the gateway costs beyond it is the cost of its features. Prints its URL on stdout once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { Pool } from 'undici';

const upstream = new Pool(process.env.IMS_ENDPOINT!, { connections: 64 });
const yoga = createYoga<{}, { request: Request }>({
  schema: createSchema<{ request: Request }>({
    typeDefs: 'type Image { name: String status: String } type Query { image(id: ID!): Image }',
    resolvers: {
      Query: {
        image: async (_root, { id }: { id: string }, { request }) => {
          const res = await upstream.request({ method: 'GET', path: `/v2/images/${encodeURIComponent(id)}`, headers: { 'x-auth-token': request.headers.get('x-auth-token') ?? '' } });
          const body = (await res.body.json()) as { name?: string; status?: string };
          return { name: body.name, status: body.status };
        },
      },
    },
  }),
  logging: false,
  graphiql: false,
});
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
