/** The upstream REST layer: HTTP core, IMS / Glance / IAM clients, domain types. Knows nothing of GraphQL. */
export * from './domain';
export * from './http';
export { ImsClient, type ImsClientOptions } from './ims/client';
export {
  GlanceClient,
  PATCH_CONTENT_TYPES,
  type GlanceClientOptions,
  type PatchFormat,
} from './glance/client';
export type { JsonSchemaDocument } from './glance/wire';
export { IamClient, type IamClientOptions, type PasswordCredentials } from './iam/client';
export {
  ENDPOINTS,
  ENDPOINT_IDS,
  endpointPath,
  endpointReference,
  type Api,
  type EndpointId,
  type EndpointOf,
  type EndpointSpec,
  type PathParams,
} from './endpoints';
export { parseTimestamp } from './mapping/common';
export { normalizeJobStatus, toPercent } from './mapping/job';
export { splitImageTag, joinImageTag } from './mapping/tags';
