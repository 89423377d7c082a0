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
import { callEndpoint, endpointPath, type CallScope, type EndpointCallOptions, type EndpointOf, type EndpointTarget, type PathParams } from '../endpoints';
import { UpstreamError, type HttpClient, type StreamingBody } from '../http';
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

export interface GlanceClientOptions extends CallScope {
  http: HttpClient;
  /** The image endpoint (on Huawei Cloud the same as IMS). */
  baseUrl: string;
  auth: AuthProvider;
}

/** The two JSON-patch media types Glance `PATCH /v2/images/{image_id}` accepts. */
export const PATCH_CONTENT_TYPES = {
  'v2.1': 'application/openstack-images-v2.1-json-patch',
  'v2.0': 'application/openstack-images-v2.0-json-patch',
} as const;
export type PatchFormat = keyof typeof PATCH_CONTENT_TYPES;

/** Glance answers the version documents with 300 Multiple Choices (brief); 200 is accepted too. */
const VERSION_STATUSES = [200, 300] as const;

/**
 * OpenStack Glance-native APIs as served by IMS (the `glance` rows of the endpoint table). Cheap: build one per GraphQL request.
 */
export class GlanceClient {
  private readonly target: EndpointTarget;

  constructor(opts: GlanceClientOptions) {
    this.target = { http: opts.http, baseUrl: opts.baseUrl, auth: opts.auth, signal: opts.signal, gate: opts.gate, trace: opts.trace };
  }

  // ---- Images ------------------------------------------------------------------------------------------------

  /** Glance "List images", `GET /v2/images`: default page 25 (max 1000); `nextMarker` from the `next` link. */
  async listImages(filter: ImageListFilter = {}): Promise<ImagePage> {
    return this.call('glance-list-images', {}, { query: imageListQuery(filter), schema: glanceImagePageSchema });
  }

  /** Glance "Show image details", `GET /v2/images/{image_id}`. */
  async getImage(imageId: string): Promise<Image> {
    return this.call('glance-get-image', { image_id: imageId }, { schema: imageSchema });
  }

  /**
   * Glance "Update image", `PATCH /v2/images/{image_id}`: name, description and custom attributes. `format`
   * picks the media type: `v2.1` sends `[{op, path, value}]`, `v2.0` sends `[{replace: path, value}]`.
   */
  async updateImage(
    imageId: string,
    operations: readonly ImagePatchOperation[],
    format: PatchFormat = 'v2.1',
  ): Promise<Image> {
    const wire = toWirePatch(operations);
    return this.call('glance-update-image', { image_id: imageId }, {
      json: format === 'v2.1' ? wire : toV20Patch(wire),
      contentType: PATCH_CONTENT_TYPES[format],
      schema: imageSchema,
    });
  }

  /**
   * Glance "Upload image file", `PUT /v2/images/{image_id}/file`: streams the file (< 2 GB) as
   * `application/octet-stream` without buffering it. A stream cannot be replayed, so this call is never retried.
   * Pass `sizeBytes` to send a Content-Length instead of chunked encoding.
   */
  async uploadImageFile(
    imageId: string,
    file: StreamingBody | Uint8Array,
    opts: { sizeBytes?: number } = {},
  ): Promise<void> {
    await this.call('glance-upload-image-file', { image_id: imageId }, {
      body: file,
      contentType: 'application/octet-stream',
      purpose: 'upload',
      ...(opts.sizeBytes !== undefined ? { contentLength: opts.sizeBytes } : {}),
    });
  }

  /** Glance "Delete image", `DELETE /v2/images/{image_id}`; `deleteBackup` (full-ECS images) goes in a JSON body. */
  async deleteImage(imageId: string, opts: { deleteBackup?: boolean } = {}): Promise<void> {
    await this.call('glance-delete-image', { image_id: imageId }, {
      ...(opts.deleteBackup !== undefined ? { json: { delete_backup: opts.deleteBackup } } : {}),
    });
  }

  /** Glance "Create image metadata", `POST /v2/images`: status `queued` (201). */
  async createImage(input: CreateImageMetadataInput): Promise<Image> {
    return this.call('glance-create-image', {}, { json: createImageMetadataBody(input), schema: imageSchema });
  }

  /**
   * Glance "Delete image (v1.1)", `DELETE /v1.1/images/{image_id}` (soft delete; documented 204, example 200:
   * both accepted).
   * @deprecated Use `deleteImage` (`DELETE /v2/images/{image_id}`).
   */
  async deleteImageV1_1(imageId: string): Promise<void> {
    await this.call('glance-v1-1-delete-image', { image_id: imageId });
  }

  /**
   * Glance "Query image metadata (v1)", `HEAD /v1/images/{image_id}`: the image from its `X-Image-Meta-*`
   * response headers.
   * @deprecated Use `getImage` (`GET /v2/images/{image_id}`).
   */
  async headImageV1(imageId: string): Promise<Image> {
    const params = { image_id: imageId };
    const res = await callEndpoint(this.target, 'glance-v1-head-image', params);
    const parsed = legacyImageSchema.safeParse(legacyImageFromHeaders(res.headers));
    if (!parsed.success) {
      const path = endpointPath('glance-v1-head-image', params);
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
   * Glance "List image details (v1.1)", `GET /v1.1/images/detail`.
   * @deprecated Use `listImages` (`GET /v2/images`).
   */
  async listImagesV1_1(filter: LegacyImageListFilter = {}): Promise<Image[]> {
    return this.call('glance-v1-1-list-images-detail', {}, { query: legacyImageListQuery(filter), schema: legacyImageListSchema });
  }

  // ---- Tags --------------------------------------------------------------------------------------------------

  /** Glance "Add a tag", `PUT /v2/images/{image_id}/tags/{tag}`: a key-only tag (no `=`, ≤ 255 characters). */
  async addTag(imageId: string, tag: string): Promise<void> {
    await this.call('glance-add-tag', { image_id: imageId, tag });
  }

  /**
   * Glance "Delete a tag", `DELETE /v2/images/{image_id}/tags/{tag}`.
   * @deprecated Per seed 002: use `ImsClient.deleteImageTag` (IMS `DELETE /v2/{project_id}/images/{image_id}/tags/{key}`)
   * or `batchImageTags` (IMS `POST /v2/{project_id}/images/{image_id}/tags/action`).
   */
  async deleteTag(imageId: string, tag: string): Promise<void> {
    await this.call('glance-delete-tag', { image_id: imageId, tag });
  }

  // ---- Schemas -----------------------------------------------------------------------------------------------

  /** Glance "Image schema", `GET /v2/schemas/image`. */
  async getImageSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-image-schema', {}, { schema: jsonSchemaDocumentSchema });
  }

  /** Glance "Image-list schema", `GET /v2/schemas/images`. */
  async getImagesSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-images-schema', {}, { schema: jsonSchemaDocumentSchema });
  }

  /** Glance "Member schema", `GET /v2/schemas/member`. */
  async getMemberSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-member-schema', {}, { schema: jsonSchemaDocumentSchema });
  }

  /** Glance "Member-list schema", `GET /v2/schemas/members`. */
  async getMembersSchema(): Promise<JsonSchemaDocument> {
    return this.call('glance-get-members-schema', {}, { schema: jsonSchemaDocumentSchema });
  }

  // ---- Members -----------------------------------------------------------------------------------------------

  /** Glance "Add an image member", `POST /v2/images/{image_id}/members`: share with a project; starts `pending`. */
  async addMember(imageId: string, projectId: string): Promise<ImageMember> {
    return this.call('glance-add-member', { image_id: imageId }, { json: { member: projectId }, schema: memberSchema });
  }

  /**
   * Glance "Update a member's sharing status", `PUT /v2/images/{image_id}/members/{member_id}`: the recipient
   * accepts or rejects.
   */
  async updateMember(
    imageId: string,
    memberId: string,
    status: 'accepted' | 'rejected' | 'pending',
    opts: { vaultId?: string } = {},
  ): Promise<ImageMember> {
    return this.call('glance-update-member', { image_id: imageId, member_id: memberId }, {
      json: opts.vaultId !== undefined ? { status, vault_id: opts.vaultId } : { status },
      schema: memberSchema,
    });
  }

  /** Glance "Show member details", `GET /v2/images/{image_id}/members/{member_id}`. */
  async getMember(imageId: string, memberId: string): Promise<ImageMember> {
    return this.call('glance-get-member', { image_id: imageId, member_id: memberId }, { schema: memberSchema });
  }

  /** Glance "List members", `GET /v2/images/{image_id}/members`. */
  async listMembers(imageId: string): Promise<ImageMember[]> {
    return this.call('glance-list-members', { image_id: imageId }, { schema: memberListSchema });
  }

  /** Glance "Delete a member", `DELETE /v2/images/{image_id}/members/{member_id}`. */
  async deleteMember(imageId: string, memberId: string): Promise<void> {
    await this.call('glance-delete-member', { image_id: imageId, member_id: memberId });
  }

  // ---- Versions ----------------------------------------------------------------------------------------------

  /** Glance "List API versions", `GET /` (300 Multiple Choices, or 200). */
  async listVersions(): Promise<ApiVersion[]> {
    return this.call('glance-list-versions', {}, { schema: versionsSchema, expect: VERSION_STATUSES });
  }

  /** Glance "Show one API version", `GET /{api_version}`, e.g. `v2.0`. */
  async getVersion(apiVersion: string): Promise<ApiVersion[]> {
    return this.call('glance-get-version', { api_version: apiVersion }, { schema: versionsSchema, expect: VERSION_STATUSES });
  }

  // ---- Image data and actions --------------------------------------------------------------------------------

  /**
   * Glance "Download image data", `GET /v2/images/{image_id}/file`: the data as a stream, never buffered (the
   * caller must consume or destroy `body`). `range` is sent as-is (`bytes=a-b`); 204 (no data) gives `body: null`.
   */
  async downloadImageFile(imageId: string, opts: { range?: string } = {}): Promise<ImageFileDownload> {
    const res = await callEndpoint(this.target, 'glance-download-image-file', { image_id: imageId }, {
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

  /**
   * Glance "Deactivate an image", `POST /v2/images/{image_id}/actions/deactivate` (204): its data can no longer be
   * downloaded.
   */
  async deactivateImage(imageId: string): Promise<void> {
    await this.call('glance-deactivate-image', { image_id: imageId });
  }

  /** Glance "Reactivate an image", `POST /v2/images/{image_id}/actions/reactivate` (204). */
  async reactivateImage(imageId: string): Promise<void> {
    await this.call('glance-reactivate-image', { image_id: imageId });
  }

  // ------------------------------------------------------------------------------------------------------------

  /** Calls a Glance endpoint of the table and gives its parsed body (undefined without a schema). */
  private async call<Id extends GlanceEndpoint, S extends z.ZodType>(
    id: Id,
    params: PathParams<Id>,
    opts: EndpointCallOptions & { schema: S },
  ): Promise<z.output<S>>;
  private async call<Id extends GlanceEndpoint>(id: Id, params: PathParams<Id>, opts?: EndpointCallOptions): Promise<undefined>;
  private async call<Id extends GlanceEndpoint>(
    id: Id,
    params: PathParams<Id>,
    opts: EndpointCallOptions & { schema?: z.ZodType } = {},
  ): Promise<unknown> {
    return (await callEndpoint(this.target, id, params, opts)).data;
  }
}

type GlanceEndpoint = EndpointOf<'glance'>;
