/**
 * The gateway as a fetch-style app (graphql-yoga), built apart from any listening socket so tests can call
 * `yoga.fetch` with no port. `main.ts` puts it on a node:http server and adds graphql-ws on the same port.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { translateError } from './errors';
import { createContext, type GatewayContext, type GatewayServices } from './context';
import { credentialsFromHeaders } from './session';
import { useStreamingMultipart } from './multipart';
import { useImageDownload } from './download';

export const DEFAULT_GRAPHIQL_QUERY = `# Welcome to the IMS / Glance GraphQL gateway.
# The header editor below already holds a token for the demo project when the gateway runs
# on its embedded simulator. Press the run button (or Ctrl-Enter).

query FirstImages {
  quota { images { used quota } }
  images(first: 5) {
    edges {
      node { id imageId name status visibility osVersion createdAt }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;

export interface GatewayAppOptions {
  schema: GraphQLSchema;
  services: GatewayServices;
  /** Headers GraphiQL starts with (the embedded demo pre-fills a token for the demo user). */
  graphiqlHeaders?: Record<string, string>;
  logging?: boolean;
}

export type GatewayYoga = YogaServerInstance<Record<string, never>, GatewayContext>;

export function createGatewayApp(opts: GatewayAppOptions): GatewayYoga {
  const { services } = opts;
  return createYoga<Record<string, never>, GatewayContext>({
    schema: opts.schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: opts.logging === false || services.config.logLevel === 'silent' ? false : services.config.logLevel,
    // Unexpected errors are masked; GraphQLErrors we raise on purpose (with extensions.code) pass through.
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const translated = translateError(error);
        return translated ?? maskError(error, message, isDev);
      },
    },
    multipart: true,
    // Uploads are parsed as they stream (multipart.ts); that plugin applies yoga's body limit to all other requests.
    maxRequestBodySize: false,
    plugins: [useStreamingMultipart({ maxUploadBytes: services.config.maxUploadBytes }), useImageDownload(services)],
    context: ({ request }) => createContext(services, credentialsFromHeaders(request.headers)),
    renderGraphiQL,
    graphiql: services.config.graphiql
      ? {
          title: 'IMS / Glance GraphQL gateway',
          defaultQuery: DEFAULT_GRAPHIQL_QUERY,
          headers: JSON.stringify(opts.graphiqlHeaders ?? { 'X-Auth-Token': '<your project-scoped token>' }, null, 2),
          shouldPersistHeaders: false,
          subscriptionsProtocol: 'WS',
        }
      : false,
  });
}
