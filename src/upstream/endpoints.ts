import type { z } from 'zod';
import type { AuthProvider } from './auth/types';
import type { CallTrace, HttpClient, HttpMethod, HttpRequest, HttpResponse } from './http';
import type { CallGate } from './http/gate';
import { seg } from './mapping/common';

/**
 * The one table of upstream endpoints: ids and path templates verbatim from docs/api/endpoints.json (a test holds
 * them equal), the operation's name in the upstream reference (docs/api/ENDPOINTS.md), and the client method
 * that calls it. The clients call through it (`callEndpoint`), so method and path are written here only, and the
 * types below make an unknown id or a wrongly filled path template a compile error.
 */

export type Api = 'ims' | 'glance' | 'iam';

export interface EndpointSpec {
  api: Api;
  method: HttpMethod;
  /** Path template as in endpoints.json; `{name}` is one path segment. */
  path: string;
  /** Starts an IMS job: the answer is a job id, the work happens later. */
  async: boolean;
  deprecated: boolean;
  /** The operation's name in the upstream reference (a heading of ENDPOINTS.md, or the IMS SDK operation). */
  operation: string;
  /** The method of the api's client (`ImsClient`, `GlanceClient`, `IamClient`) that calls this endpoint. */
  clientMethod: string;
}

export const ENDPOINTS = {
  'ims-list-images': { api: 'ims', method: 'GET', path: '/v2/cloudimages', async: false, deprecated: false, operation: 'List images', clientMethod: 'listImages' },
  'ims-update-image': { api: 'ims', method: 'PATCH', path: '/v2/cloudimages/{image_id}', async: false, deprecated: false, operation: 'Update image', clientMethod: 'updateImage' },
  'ims-create-image': { api: 'ims', method: 'POST', path: '/v2/cloudimages/action', async: true, deprecated: false, operation: 'Create image', clientMethod: 'createImage' },
  'ims-quick-import-image': { api: 'ims', method: 'POST', path: '/v2/cloudimages/quickimport/action', async: true, deprecated: false, operation: 'Quick import an image file', clientMethod: 'quickImportImage' },
  'ims-create-data-image': { api: 'ims', method: 'POST', path: '/v1/cloudimages/dataimages/action', async: true, deprecated: false, operation: 'Create a data-disk image from an external image file', clientMethod: 'createDataImage' },
  'ims-create-whole-image': { api: 'ims', method: 'POST', path: '/v1/cloudimages/wholeimages/action', async: true, deprecated: false, operation: 'Create a full-ECS image', clientMethod: 'createWholeImage' },
  'ims-register-image': { api: 'ims', method: 'PUT', path: '/v1/cloudimages/{image_id}/upload', async: true, deprecated: false, operation: 'Register an image', clientMethod: 'registerImage' },
  'ims-export-image': { api: 'ims', method: 'POST', path: '/v1/cloudimages/{image_id}/file', async: true, deprecated: false, operation: 'Export an image', clientMethod: 'exportImage' },
  'ims-list-os-versions': { api: 'ims', method: 'GET', path: '/v1/cloudimages/os_version', async: false, deprecated: false, operation: 'List supported OSs', clientMethod: 'listOsVersions' },
  'ims-list-region-images': { api: 'ims', method: 'GET', path: '/v1/cloudimages/{region_id}', async: false, deprecated: false, operation: 'List images in a region (central image list)', clientMethod: 'listRegionImages' },
  'ims-set-image-tag': { api: 'ims', method: 'PUT', path: '/v1/cloudimages/tags', async: false, deprecated: false, operation: 'Add or modify a tag', clientMethod: 'setImageTag' },
  'ims-list-tags': { api: 'ims', method: 'GET', path: '/v1/cloudimages/tags', async: false, deprecated: false, operation: 'List tags', clientMethod: 'listTags' },
  'ims-query-images-by-tag': { api: 'ims', method: 'POST', path: '/v2/{project_id}/images/resource_instances/action', async: false, deprecated: false, operation: 'Query images by tag', clientMethod: 'queryImagesByTags' },
  'ims-batch-image-tags': { api: 'ims', method: 'POST', path: '/v2/{project_id}/images/{image_id}/tags/action', async: false, deprecated: false, operation: 'Batch add or delete image tags', clientMethod: 'batchImageTags' },
  'ims-add-image-tag': { api: 'ims', method: 'POST', path: '/v2/{project_id}/images/{image_id}/tags', async: false, deprecated: false, operation: 'Add a tag to an image', clientMethod: 'addImageTag' },
  'ims-delete-image-tag': { api: 'ims', method: 'DELETE', path: '/v2/{project_id}/images/{image_id}/tags/{key}', async: false, deprecated: false, operation: 'Delete a tag from an image', clientMethod: 'deleteImageTag' },
  'ims-list-image-tags': { api: 'ims', method: 'GET', path: '/v2/{project_id}/images/{image_id}/tags', async: false, deprecated: false, operation: 'List the tags of an image', clientMethod: 'listImageTags' },
  'ims-list-project-tags': { api: 'ims', method: 'GET', path: '/v2/{project_id}/images/tags', async: false, deprecated: false, operation: 'List all image tags of the project', clientMethod: 'listProjectTags' },
  'ims-batch-delete-members': { api: 'ims', method: 'DELETE', path: '/v1/cloudimages/members', async: true, deprecated: false, operation: 'Batch delete image members', clientMethod: 'batchRemoveMembers' },
  'ims-batch-add-members': { api: 'ims', method: 'POST', path: '/v1/cloudimages/members', async: true, deprecated: false, operation: 'Batch add image members', clientMethod: 'batchAddMembers' },
  'ims-batch-update-member-status': { api: 'ims', method: 'PUT', path: '/v1/cloudimages/members', async: true, deprecated: false, operation: 'Batch update member status', clientMethod: 'batchUpdateMemberStatus' },
  'ims-copy-image-in-region': { api: 'ims', method: 'POST', path: '/v1/cloudimages/{image_id}/copy', async: true, deprecated: false, operation: 'Replicate an image within a region', clientMethod: 'copyImageInRegion' },
  'ims-copy-image-cross-region': { api: 'ims', method: 'POST', path: '/v1/cloudimages/{image_id}/cross_region_copy', async: true, deprecated: false, operation: 'Replicate an image across regions', clientMethod: 'copyImageCrossRegion' },
  'ims-get-quota': { api: 'ims', method: 'GET', path: '/v1/cloudimages/quota', async: false, deprecated: false, operation: 'Query image quota', clientMethod: 'getQuota' },
  'ims-get-job': { api: 'ims', method: 'GET', path: '/v1/{project_id}/jobs/{job_id}', async: false, deprecated: false, operation: 'Query an asynchronous job', clientMethod: 'getJob' },
  'ims-get-job-progress': { api: 'ims', method: 'GET', path: '/v1/cloudimages/job/{job_id}', async: false, deprecated: false, operation: 'Query asynchronous job progress', clientMethod: 'getJobProgress' },
  'glance-list-images': { api: 'glance', method: 'GET', path: '/v2/images', async: false, deprecated: false, operation: 'List images', clientMethod: 'listImages' },
  'glance-get-image': { api: 'glance', method: 'GET', path: '/v2/images/{image_id}', async: false, deprecated: false, operation: 'Show image details', clientMethod: 'getImage' },
  'glance-update-image': { api: 'glance', method: 'PATCH', path: '/v2/images/{image_id}', async: false, deprecated: false, operation: 'Update image', clientMethod: 'updateImage' },
  'glance-upload-image-file': { api: 'glance', method: 'PUT', path: '/v2/images/{image_id}/file', async: false, deprecated: false, operation: 'Upload image file', clientMethod: 'uploadImageFile' },
  'glance-delete-image': { api: 'glance', method: 'DELETE', path: '/v2/images/{image_id}', async: false, deprecated: false, operation: 'Delete image', clientMethod: 'deleteImage' },
  'glance-create-image': { api: 'glance', method: 'POST', path: '/v2/images', async: false, deprecated: false, operation: 'Create image metadata', clientMethod: 'createImage' },
  'glance-v1-1-delete-image': { api: 'glance', method: 'DELETE', path: '/v1.1/images/{image_id}', async: false, deprecated: true, operation: 'Delete image (v1.1)', clientMethod: 'deleteImageV1_1' },
  'glance-v1-head-image': { api: 'glance', method: 'HEAD', path: '/v1/images/{image_id}', async: false, deprecated: true, operation: 'Query image metadata (v1)', clientMethod: 'headImageV1' },
  'glance-v1-1-list-images-detail': { api: 'glance', method: 'GET', path: '/v1.1/images/detail', async: false, deprecated: true, operation: 'List image details (v1.1)', clientMethod: 'listImagesV1_1' },
  'glance-add-tag': { api: 'glance', method: 'PUT', path: '/v2/images/{image_id}/tags/{tag}', async: false, deprecated: false, operation: 'Add a tag', clientMethod: 'addTag' },
  'glance-delete-tag': { api: 'glance', method: 'DELETE', path: '/v2/images/{image_id}/tags/{tag}', async: false, deprecated: true, operation: 'Delete a tag', clientMethod: 'deleteTag' },
  'glance-get-image-schema': { api: 'glance', method: 'GET', path: '/v2/schemas/image', async: false, deprecated: false, operation: 'Image schema', clientMethod: 'getImageSchema' },
  'glance-get-images-schema': { api: 'glance', method: 'GET', path: '/v2/schemas/images', async: false, deprecated: false, operation: 'Image-list schema', clientMethod: 'getImagesSchema' },
  'glance-get-member-schema': { api: 'glance', method: 'GET', path: '/v2/schemas/member', async: false, deprecated: false, operation: 'Member schema', clientMethod: 'getMemberSchema' },
  'glance-get-members-schema': { api: 'glance', method: 'GET', path: '/v2/schemas/members', async: false, deprecated: false, operation: 'Member-list schema', clientMethod: 'getMembersSchema' },
  'glance-add-member': { api: 'glance', method: 'POST', path: '/v2/images/{image_id}/members', async: false, deprecated: false, operation: 'Add an image member', clientMethod: 'addMember' },
  'glance-update-member': { api: 'glance', method: 'PUT', path: '/v2/images/{image_id}/members/{member_id}', async: false, deprecated: false, operation: "Update a member's sharing status", clientMethod: 'updateMember' },
  'glance-get-member': { api: 'glance', method: 'GET', path: '/v2/images/{image_id}/members/{member_id}', async: false, deprecated: false, operation: 'Show member details', clientMethod: 'getMember' },
  'glance-list-members': { api: 'glance', method: 'GET', path: '/v2/images/{image_id}/members', async: false, deprecated: false, operation: 'List members', clientMethod: 'listMembers' },
  'glance-delete-member': { api: 'glance', method: 'DELETE', path: '/v2/images/{image_id}/members/{member_id}', async: false, deprecated: false, operation: 'Delete a member', clientMethod: 'deleteMember' },
  'glance-list-versions': { api: 'glance', method: 'GET', path: '/', async: false, deprecated: false, operation: 'List API versions', clientMethod: 'listVersions' },
  'glance-get-version': { api: 'glance', method: 'GET', path: '/{api_version}', async: false, deprecated: false, operation: 'Show one API version', clientMethod: 'getVersion' },
  'glance-download-image-file': { api: 'glance', method: 'GET', path: '/v2/images/{image_id}/file', async: false, deprecated: false, operation: 'Download image data', clientMethod: 'downloadImageFile' },
  'glance-deactivate-image': { api: 'glance', method: 'POST', path: '/v2/images/{image_id}/actions/deactivate', async: false, deprecated: false, operation: 'Deactivate an image', clientMethod: 'deactivateImage' },
  'glance-reactivate-image': { api: 'glance', method: 'POST', path: '/v2/images/{image_id}/actions/reactivate', async: false, deprecated: false, operation: 'Reactivate an image', clientMethod: 'reactivateImage' },
  'ims-create-image-safe-mode': { api: 'ims', method: 'POST', path: '/v2.1/cloudimages/action', async: true, deprecated: false, operation: 'SDK CreateImageInSafeMode', clientMethod: 'createImage' },
  'ims-quick-import-image-safe-mode': { api: 'ims', method: 'POST', path: '/v2.1/cloudimages/quickimport/action', async: true, deprecated: false, operation: 'SDK ImportImageQuickInSafeMode', clientMethod: 'quickImportImage' },
  'ims-create-data-image-safe-mode': { api: 'ims', method: 'POST', path: '/v2.1/cloudimages/dataimages/action', async: true, deprecated: false, operation: 'SDK CreateDataImageInSafeMode', clientMethod: 'createDataImage' },
  'ims-export-image-safe-mode': { api: 'ims', method: 'POST', path: '/v2.1/cloudimages/{image_id}/file', async: true, deprecated: false, operation: 'SDK ExportImageInSafeMode', clientMethod: 'exportImage' },
  'ims-copy-image-in-region-safe-mode': { api: 'ims', method: 'POST', path: '/v2.1/cloudimages/{image_id}/copy', async: true, deprecated: false, operation: 'SDK CopyImageInRegionInSafeMode', clientMethod: 'copyImageInRegion' },
  'ims-batch-delete-tags': { api: 'ims', method: 'DELETE', path: '/v1/{project_id}/cloudimages/{image_id}/tags/delete', async: false, deprecated: false, operation: 'SDK BatchDeleteTags', clientMethod: 'batchDeleteTags' },
  'ims-list-image-members': { api: 'ims', method: 'GET', path: '/v1/{project_id}/cloudimages/{image_id}/members', async: false, deprecated: false, operation: 'SDK ListImageMembers', clientMethod: 'listImageMembers' },
  'ims-show-image-member': { api: 'ims', method: 'GET', path: '/v1/{project_id}/cloudimages/{image_id}/members/{member_id}', async: false, deprecated: false, operation: 'SDK ShowImageMember', clientMethod: 'getImageMember' },
  // IAM is not part of endpoints.json: Keystone v3 tokens, as ENDPOINTS.md "C.7 Authentication" describes them.
  'iam-issue-token': { api: 'iam', method: 'POST', path: '/v3/auth/tokens', async: false, deprecated: false, operation: 'Obtain a project-scoped token with a password', clientMethod: 'issueToken' },
  'iam-validate-token': { api: 'iam', method: 'GET', path: '/v3/auth/tokens', async: false, deprecated: false, operation: 'Validate a token', clientMethod: 'validateToken' },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointId = keyof typeof ENDPOINTS;
export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** The ids of one api's endpoints, e.g. `EndpointOf<'glance'>`. */
export type EndpointOf<A extends Api> = { [K in EndpointId]: (typeof ENDPOINTS)[K]['api'] extends A ? K : never }[EndpointId];

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
/** The names of an endpoint's path parameters, from its template: `'image_id' | 'member_id'`. */
export type PathParamName<Id extends EndpointId> = ParamNames<(typeof ENDPOINTS)[Id]['path']>;
/**
 * The values filling an endpoint's path template. Without parameters, only `{}`: a stray key is an error there
 * too (an empty object type would accept anything).
 */
export type PathParams<Id extends EndpointId, Filled extends string = never> = [Exclude<PathParamName<Id>, Filled>] extends [never]
  ? Record<string, never>
  : { [K in Exclude<PathParamName<Id>, Filled>]: string };

/** The reference to cite for an endpoint, e.g. `IMS POST /v1/cloudimages/{image_id}/copy`. */
export function endpointReference(id: EndpointId): string {
  const e: EndpointSpec = ENDPOINTS[id];
  return `${API_NAMES[e.api]} ${e.method} ${e.path}`;
}
const API_NAMES: Record<Api, string> = { ims: 'IMS', glance: 'Glance', iam: 'IAM' };

/** The path of one call: each `{name}` of the template replaced by its value, escaped as one segment (`seg`). */
export function endpointPath<Id extends EndpointId>(id: Id, params: PathParams<Id>): string {
  const values = params as Record<string, string | undefined>;
  return ENDPOINTS[id].path.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    // Unreachable from typed code; a call through `any` must not send the literal `{image_id}` upstream.
    if (value === undefined) throw new Error(`${id}: no value for {${name}}`);
    return seg(value);
  });
}

/** What every call of a client shares with the operation it serves (the clients' options take it as it is). */
export interface CallScope {
  /** Every call (not `detached` ones) is aborted with it, e.g. the operation's signal or a poll's. */
  signal?: AbortSignal | undefined;
  /** Budgets and per-project limits, consulted before each call (see http/gate.ts). */
  gate?: CallGate | undefined;
  /** The operation the calls are made for (request id, span), for the HTTP observer (see `CallTrace`). */
  trace?: CallTrace | undefined;
}

/** What a client holds to make its calls. */
export interface EndpointTarget extends CallScope {
  http: HttpClient;
  baseUrl: string;
  auth: AuthProvider;
}

/** What a call adds to its endpoint's row: everything of an `HttpRequest` except what the row and target give. */
export type EndpointCallOptions = Omit<HttpRequest, 'method' | 'url' | 'baseUrl' | 'path' | 'endpoint' | 'auth' | 'signal' | 'gate'> & {
  /** Instead of the target's (IAM: no credentials to issue a token, the token itself to validate one). */
  auth?: AuthProvider;
};

/** The request for one call of an endpoint: method and path from its row, the rest from target and options. */
export function endpointRequest<Id extends EndpointId>(
  target: EndpointTarget,
  id: Id,
  params: PathParams<Id>,
  opts: EndpointCallOptions = {},
): HttpRequest {
  const { auth, ...rest } = opts;
  return {
    method: ENDPOINTS[id].method,
    baseUrl: target.baseUrl,
    path: endpointPath(id, params),
    auth: auth ?? target.auth,
    endpoint: id,
    ...(target.signal !== undefined ? { signal: target.signal } : {}),
    ...(target.gate !== undefined ? { gate: target.gate } : {}),
    ...(target.trace !== undefined ? { trace: target.trace } : {}),
    ...rest,
  };
}

/** Calls an endpoint; with a `schema`, the JSON body parsed with it is `data`, else `data` is undefined. */
export function callEndpoint<Id extends EndpointId, S extends z.ZodType>(
  target: EndpointTarget,
  id: Id,
  params: PathParams<Id>,
  opts: EndpointCallOptions & { schema: S },
): Promise<HttpResponse<z.output<S>>>;
export function callEndpoint<Id extends EndpointId>(
  target: EndpointTarget,
  id: Id,
  params: PathParams<Id>,
  opts?: EndpointCallOptions & { schema?: undefined },
): Promise<HttpResponse<undefined>>;
/** With a schema or without: `data` is then the parsed body or undefined (the clients' `call` wrappers). */
export function callEndpoint<Id extends EndpointId>(
  target: EndpointTarget,
  id: Id,
  params: PathParams<Id>,
  opts?: EndpointCallOptions & { schema?: z.ZodType },
): Promise<HttpResponse<unknown>>;
export function callEndpoint<Id extends EndpointId>(
  target: EndpointTarget,
  id: Id,
  params: PathParams<Id>,
  opts: EndpointCallOptions & { schema?: z.ZodType } = {},
): Promise<HttpResponse<unknown>> {
  const { schema, ...rest } = opts;
  const req = endpointRequest(target, id, params, rest);
  return schema ? target.http.request({ ...req, schema }) : target.http.request(req);
}
