import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { AuthProvider } from '../auth/types';
import type {
  ApiVersion,
  CreateImageMetadataInput,
  Image,
  ImageListFilter,
  ImageMember,
  ImagePage,
  ImagePatchOperation,
  LegacyImageListFilter,
} from '../domain';
import { UpstreamError, type HttpClient, type HttpMethod, type Query, type StreamingBody } from '../http';
import type { CallGate } from '../http/gate';
import { seg } from '../mapping/common';
import {
  imageListQuery,
  imageSchema,
  legacyImageFromHeaders,
  legacyImageListQuery,
  legacyImageSchema,
  toV20Patch,
  toWirePatch,
} from '../mapping/image';
import {
  createImageMetadataBody,
  glanceImagePageSchema,
  jsonSchemaDocumentSchema,
  legacyImageListSchema,
  memberListSchema,
  memberSchema,
  versionsSchema,
  type JsonSchemaDocument,
} from './wire';

export interface ImageFileDownload {
  status: 200 | 204 | 206;
  /** The data, streamed from upstream; null when the image has no data (204). */
  body: Readable | null;
  contentLength: number | null;
  /** `Content-MD5`: Glance sends the image's md5 `checksum`. */
  checksum: string | null;
  contentRange: string | null;
}

export interface GlanceClientOptions {
  http: HttpClient;
  /** The image endpoint (on Huawei Cloud the same as IMS). */
  baseUrl: string;
  auth: AuthProvider;
  signal?: AbortSignal;
  /** Budgets and per-project limits, consulted before each call (see http/gate.ts). */
  gate?: CallGate;
}

/** The two JSON-patch media types of §B.1.3. */
export const PATCH_CONTENT_TYPES = {
  'v2.1': 'application/openstack-images-v2.1-json-patch',
  'v2.0': 'application/openstack-images-v2.0-json-patch',
} as const;
export type PatchFormat = keyof typeof PATCH_CONTENT_TYPES;

/** Glance answers the version documents with 300 Multiple Choices (brief); 200 is accepted too. */
const VERSION_STATUSES = [200, 300] as const;

/**
 * OpenStack Glance-native APIs as served by IMS (Part B of ENDPOINTS.md). Cheap: build one per GraphQL request.
 */
export class GlanceClient {
  private readonly http: HttpClient;
  private readonly baseUrl: string;
  private readonly auth: AuthProvider;
  private readonly signal: AbortSignal | undefined;
  private readonly gate: CallGate | undefined;

  constructor(opts: GlanceClientOptions) {
    this.http = opts.http;
    this.baseUrl = opts.baseUrl;
    this.auth = opts.auth;
    this.signal = opts.signal;
    this.gate = opts.gate;
  }

  // ---- B.1 Images --------------------------------------------------------------------------------------------

  /** §B.1.1 `GET /v2/images`: default page 25 (max 1000); `nextMarker` from the `next` link. */
  async listImages(filter: ImageListFilter = {}): Promise<ImagePage> {
    return this.call('glance-list-images', 'GET', '/v2/images', {
      query: imageListQuery(filter),
      schema: glanceImagePageSchema,
    });
  }

  /** §B.1.2 `GET /v2/images/{image_id}`. */
  async getImage(imageId: string): Promise<Image> {
    return this.call('glance-get-image', 'GET', `/v2/images/${seg(imageId)}`, { schema: imageSchema });
  }

  /**
   * §B.1.3 `PATCH /v2/images/{image_id}`: name, description and custom attributes. `format` picks the media
   * type: `v2.1` sends `[{op, path, value}]`, `v2.0` sends `[{replace: path, value}]`.
   */
  async updateImage(
    imageId: string,
    operations: readonly ImagePatchOperation[],
    format: PatchFormat = 'v2.1',
  ): Promise<Image> {
    const wire = toWirePatch(operations);
    return this.call('glance-update-image', 'PATCH', `/v2/images/${seg(imageId)}`, {
      json: format === 'v2.1' ? wire : toV20Patch(wire),
      contentType: PATCH_CONTENT_TYPES[format],
      schema: imageSchema,
    });
  }

  /**
   * §B.1.4 `PUT /v2/images/{image_id}/file`: streams the file (< 2 GB) as `application/octet-stream` without
   * buffering it. A stream cannot be replayed, so this call is never retried. Pass `sizeBytes` to send a
   * Content-Length instead of chunked encoding.
   */
  async uploadImageFile(
    imageId: string,
    file: StreamingBody | Uint8Array,
    opts: { sizeBytes?: number } = {},
  ): Promise<void> {
    await this.http.request({
      ...this.base('glance-upload-image-file', 'PUT', `/v2/images/${seg(imageId)}/file`),
      body: file,
      contentType: 'application/octet-stream',
      purpose: 'upload',
      ...(opts.sizeBytes !== undefined ? { contentLength: opts.sizeBytes } : {}),
    });
  }

  /** §B.1.5 `DELETE /v2/images/{image_id}`; `deleteBackup` (full-ECS images) goes in a JSON body. */
  async deleteImage(imageId: string, opts: { deleteBackup?: boolean } = {}): Promise<void> {
    await this.call('glance-delete-image', 'DELETE', `/v2/images/${seg(imageId)}`, {
      ...(opts.deleteBackup !== undefined ? { json: { delete_backup: opts.deleteBackup } } : {}),
    });
  }

  /** §B.1.6 `POST /v2/images`: image metadata, status `queued` (201). */
  async createImage(input: CreateImageMetadataInput): Promise<Image> {
    return this.call('glance-create-image', 'POST', '/v2/images', {
      json: createImageMetadataBody(input),
      schema: imageSchema,
    });
  }

  /**
   * §B.1.7 `DELETE /v1.1/images/{image_id}` (soft delete; documented 204, example 200: both accepted).
   * @deprecated Use `deleteImage` (§B.1.5).
   */
  async deleteImageV1_1(imageId: string): Promise<void> {
    await this.call('glance-v1-1-delete-image', 'DELETE', `/v1.1/images/${seg(imageId)}`, {});
  }

  /**
   * §B.1.8 `HEAD /v1/images/{image_id}`: the image from its `X-Image-Meta-*` response headers.
   * @deprecated Use `getImage` (§B.1.2).
   */
  async headImageV1(imageId: string): Promise<Image> {
    const path = `/v1/images/${seg(imageId)}`;
    const res = await this.http.request(this.base('glance-v1-head-image', 'HEAD', path));
    const parsed = legacyImageSchema.safeParse(legacyImageFromHeaders(res.headers));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UpstreamError({
        kind: 'malformed',
        method: 'HEAD',
        path,
        endpoint: 'glance-v1-head-image',
        status: res.status,
        ...(res.requestId !== undefined ? { requestId: res.requestId } : {}),
        message: `glance-v1-head-image (HEAD ${path}): image metadata headers do not match the documented shape: ${
          issue?.path.length ? `${issue.path.join('.')}: ` : ''
        }${issue?.message ?? 'invalid'}`,
      });
    }
    return parsed.data;
  }

  /**
   * §B.1.9 `GET /v1.1/images/detail`.
   * @deprecated Use `listImages` (§B.1.1).
   */
  async listImagesV1_1(filter: LegacyImageListFilter = {}): Promise<Image[]> {
    return this.call('glance-v1-1-list-images-detail', 'GET', '/v1.1/images/detail', {
      query: legacyImageListQuery(filter),
      schema: legacyImageListSchema,
    });
  }

  // ---- B.2 Tags ----------------------------------------------------------------------------------------------

  /** §B.2.1 `PUT /v2/images/{image_id}/tags/{tag}`: a key-only tag (no `=`, ≤ 255 characters). */
  async addTag(imageId: string, tag: string): Promise<void> {
    await this.call('glance-add-tag', 'PUT', `/v2/images/${seg(imageId)}/tags/${seg(tag)}`, {});
  }

  /**
   * §B.2.2 `DELETE /v2/images/{image_id}/tags/{tag}`.
   * @deprecated Per seed 002: use `ImsClient.deleteImageTag` (§A.2.6) or `batchImageTags` (§A.2.4).
   */
  async deleteTag(imageId: string, tag: string): Promise<void> {
    await this.call('glance-delete-tag', 'DELETE', `/v2/images/${seg(imageId)}/tags/${seg(tag)}`, {});
  }

  // ---- B.3 Schemas -------------------------------------------------------------------------------------------

  /** §B.3.1 `GET /v2/schemas/image`. */
  async getImageSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-image-schema', 'GET', '/v2/schemas/image', { schema: jsonSchemaDocumentSchema });
  }

  /** §B.3.2 `GET /v2/schemas/images`. */
  async getImagesSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-images-schema', 'GET', '/v2/schemas/images', { schema: jsonSchemaDocumentSchema });
  }

  /** §B.3.3 `GET /v2/schemas/member`. */
  async getMemberSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-member-schema', 'GET', '/v2/schemas/member', { schema: jsonSchemaDocumentSchema });
  }

  /** §B.3.4 `GET /v2/schemas/members`. */
  async getMembersSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-members-schema', 'GET', '/v2/schemas/members', { schema: jsonSchemaDocumentSchema });
  }

  // ---- B.4 Members -------------------------------------------------------------------------------------------

  /** §B.4.1 `POST /v2/images/{image_id}/members`: share with a project; the member starts `pending`. */
  async addMember(imageId: string, projectId: string): Promise<ImageMember> {
    return this.call('glance-add-member', 'POST', `/v2/images/${seg(imageId)}/members`, {
      json: { member: projectId },
      schema: memberSchema,
    });
  }

  /** §B.4.2 `PUT /v2/images/{image_id}/members/{member_id}`: the recipient accepts or rejects. */
  async updateMember(
    imageId: string,
    memberId: string,
    status: 'accepted' | 'rejected' | 'pending',
    opts: { vaultId?: string } = {},
  ): Promise<ImageMember> {
    return this.call('glance-update-member', 'PUT', `/v2/images/${seg(imageId)}/members/${seg(memberId)}`, {
      json: opts.vaultId !== undefined ? { status, vault_id: opts.vaultId } : { status },
      schema: memberSchema,
    });
  }

  /** §B.4.3 `GET /v2/images/{image_id}/members/{member_id}`. */
  async getMember(imageId: string, memberId: string): Promise<ImageMember> {
    return this.call('glance-get-member', 'GET', `/v2/images/${seg(imageId)}/members/${seg(memberId)}`, {
      schema: memberSchema,
    });
  }

  /** §B.4.4 `GET /v2/images/{image_id}/members`. */
  async listMembers(imageId: string): Promise<ImageMember[]> {
    return this.call('glance-list-members', 'GET', `/v2/images/${seg(imageId)}/members`, { schema: memberListSchema });
  }

  /** §B.4.5 `DELETE /v2/images/{image_id}/members/{member_id}`. */
  async deleteMember(imageId: string, memberId: string): Promise<void> {
    await this.call('glance-delete-member', 'DELETE', `/v2/images/${seg(imageId)}/members/${seg(memberId)}`, {});
  }

  // ---- B.5 Versions ------------------------------------------------------------------------------------------

  /** §B.5.1 `GET /` (300 Multiple Choices, or 200). */
  async listVersions(): Promise<ApiVersion[]> {
    return this.call('glance-list-versions', 'GET', '/', { schema: versionsSchema, expect: VERSION_STATUSES });
  }

  /** §B.5.2 `GET /{api_version}`, e.g. `v2.0`. */
  async getVersion(apiVersion: string): Promise<ApiVersion[]> {
    return this.call('glance-get-version', 'GET', `/${seg(apiVersion)}`, {
      schema: versionsSchema,
      expect: VERSION_STATUSES,
    });
  }

  // ---- B.6 Image data and actions ----------------------------------------------------------------------------

  /**
   * §B.6.1 `GET /v2/images/{image_id}/file`: the data as a stream, never buffered (the caller must consume or
   * destroy `body`). `range` is sent as-is (`bytes=a-b`); 204 (no data) gives `body: null`.
   */
  async downloadImageFile(imageId: string, opts: { range?: string } = {}): Promise<ImageFileDownload> {
    const res = await this.http.request({
      ...this.base('glance-download-image-file', 'GET', `/v2/images/${seg(imageId)}/file`),
      headers: { accept: 'application/octet-stream', ...(opts.range ? { range: opts.range } : {}) },
      expect: [200, 204, 206],
      streamResponse: true,
    });
    const body = res.data as unknown as Readable;
    const h = res.headers;
    if (res.status === 204) {
      body.resume();
      return { status: 204, body: null, contentLength: 0, checksum: null, contentRange: null };
    }
    return {
      status: res.status as 200 | 206,
      body,
      contentLength: h['content-length'] !== undefined ? Number(h['content-length']) : null,
      checksum: h['content-md5'] ?? null,
      contentRange: h['content-range'] ?? null,
    };
  }

  /** §B.6.2 `POST /v2/images/{image_id}/actions/deactivate` (204): the image's data can no longer be downloaded. */
  async deactivateImage(imageId: string): Promise<void> {
    await this.call('glance-deactivate-image', 'POST', `/v2/images/${seg(imageId)}/actions/deactivate`, {});
  }

  /** §B.6.2 `POST /v2/images/{image_id}/actions/reactivate` (204). */
  async reactivateImage(imageId: string): Promise<void> {
    await this.call('glance-reactivate-image', 'POST', `/v2/images/${seg(imageId)}/actions/reactivate`, {});
  }

  // ------------------------------------------------------------------------------------------------------------

  private base(endpoint: string, method: HttpMethod, path: string) {
    return {
      method,
      baseUrl: this.baseUrl,
      path,
      auth: this.auth,
      endpoint,
      ...(this.signal !== undefined ? { signal: this.signal } : {}),
      ...(this.gate !== undefined ? { gate: this.gate } : {}),
    };
  }

  private async call<T>(
    endpoint: string,
    method: HttpMethod,
    path: string,
    opts: CallOptions & { schema: z.ZodType<T> },
  ): Promise<T>;
  private async call(endpoint: string, method: HttpMethod, path: string, opts: CallOptions): Promise<undefined>;
  private async call(
    endpoint: string,
    method: HttpMethod,
    path: string,
    opts: CallOptions & { schema?: z.ZodType },
  ): Promise<unknown> {
    const req = {
      ...this.base(endpoint, method, path),
      ...(opts.query !== undefined ? { query: opts.query } : {}),
      ...(opts.json !== undefined ? { json: opts.json } : {}),
      ...(opts.contentType !== undefined ? { contentType: opts.contentType } : {}),
      ...(opts.expect !== undefined ? { expect: opts.expect } : {}),
    };
    if (opts.schema) return (await this.http.request({ ...req, schema: opts.schema })).data;
    await this.http.request(req);
    return undefined;
  }
}

interface CallOptions {
  query?: Query;
  json?: unknown;
  contentType?: string;
  expect?: readonly number[];
}
