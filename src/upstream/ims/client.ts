import type { AuthProvider } from '../auth/types';
import type {
  AcceptedJob,
  BatchMembersInput,
  BatchUpdateMemberStatusInput,
  CopyImageCrossRegionInput,
  CopyImageInRegionInput,
  CreateDataImageInput,
  CreateImageInput,
  CreateWholeImageInput,
  ExportImageInput,
  Image,
  ImageMember,
  ImagePage,
  ImagePatchOperation,
  ImageTag,
  ImsImageListFilter,
  Job,
  OsVersionGroup,
  ProjectTag,
  QueryImagesByTagsInput,
  Quota,
  QuickImportImageInput,
  TaggedImagesResult,
} from '../domain';
import type { CallGate } from '../http/gate';
import type { HttpClient, HttpMethod, Query } from '../http';
import { memberListSchema, memberSchema } from '../glance/wire';
import { acceptedJobSchema, compact, seg } from '../mapping/common';
import { imageSchema, imsImageListQuery, toWirePatch } from '../mapping/image';
import { jobSchema } from '../mapping/job';
import {
  createDataImageBody,
  createImageBody,
  createWholeImageBody,
  imageTagsSchema,
  imsImageListSchema,
  osVersionsSchema,
  projectTagsSchema,
  quickImportBody,
  queryByTagsBody,
  quotaSchema,
  tagStringsSchema,
  taggedImagesSchema,
} from './wire';

/**
 * Huawei's IMS SDK offers "in safe mode" variants of five job-starting operations (`/v2.1/…`, the same bodies);
 * `safeMode: true` calls them instead of the v1/v2 originals.
 */
export interface SafeModeOption {
  safeMode?: boolean;
}

export interface ImsClientOptions {
  http: HttpClient;
  /** Regional IMS endpoint (the simulator origin). */
  baseUrl: string;
  auth: AuthProvider;
  /** The caller's project (paths `/v2/{project_id}/…`, `/v1/{project_id}/jobs/…`). */
  projectId: string;
  /** Aborts every call made through this client (e.g. the GraphQL request's signal), except job-starting ones. */
  signal?: AbortSignal;
  /** Budgets and per-project limits, consulted before each call (see http/gate.ts). */
  gate?: CallGate;
}

/** IMS list APIs default to, and cap at, 500 per page (§A.1.1, §A.1.10): a full page may have a successor. */
const IMS_DEFAULT_PAGE = 500;
/** Literal segments that share the shape of `/v1/cloudimages/{region_id}` (§ routing hazard). */
const RESERVED_REGION_SEGMENTS = new Set(['tags', 'quota', 'os_version', 'job', 'members', 'dataimages', 'wholeimages']);

/**
 * Huawei Cloud IMS extension APIs (Part A of ENDPOINTS.md). Cheap: build one per GraphQL request.
 * Asynchronous endpoints resolve to `{ jobId }` as soon as IMS accepts the request; poll with `getJob`.
 */
export class ImsClient {
  private readonly http: HttpClient;
  private readonly baseUrl: string;
  private readonly auth: AuthProvider;
  private readonly projectId: string;
  private readonly signal: AbortSignal | undefined;
  private readonly gate: CallGate | undefined;

  constructor(opts: ImsClientOptions) {
    this.http = opts.http;
    this.baseUrl = opts.baseUrl;
    this.auth = opts.auth;
    this.projectId = opts.projectId;
    this.signal = opts.signal;
    this.gate = opts.gate;
  }

  // ---- A.1 Image ---------------------------------------------------------------------------------------------

  /** §A.1.1 `GET /v2/cloudimages`. `nextMarker` is set when the page is full (IMS returns no links). */
  async listImages(filter: ImsImageListFilter = {}): Promise<ImagePage> {
    const images = await this.call('ims-list-images', 'GET', '/v2/cloudimages', {
      query: imsImageListQuery(filter),
      schema: imsImageListSchema,
    });
    return pageOf(images.images, Math.min(filter.limit ?? IMS_DEFAULT_PAGE, IMS_DEFAULT_PAGE));
  }

  /** §A.1.2 `PATCH /v2/cloudimages/{image_id}`: only active images can be updated. */
  async updateImage(imageId: string, operations: readonly ImagePatchOperation[]): Promise<Image> {
    return this.call('ims-update-image', 'PATCH', `/v2/cloudimages/${seg(imageId)}`, {
      json: toWirePatch(operations),
      schema: imageSchema,
    });
  }

  /** §A.1.3 `POST /v2/cloudimages/action`: from an ECS, its data disks, an OBS file, or a data disk. */
  async createImage(input: CreateImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    if (opts.safeMode) return this.job('ims-create-image-safe-mode', 'POST', '/v2.1/cloudimages/action', createImageBody(input));
    return this.job('ims-create-image', 'POST', '/v2/cloudimages/action', createImageBody(input));
  }

  /** §A.1.4 `POST /v2/cloudimages/quickimport/action`: RAW/ZVHD2 files up to 1 TB. */
  async quickImportImage(input: QuickImportImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    if (opts.safeMode) return this.job('ims-quick-import-image-safe-mode', 'POST', '/v2.1/cloudimages/quickimport/action', quickImportBody(input));
    return this.job('ims-quick-import-image', 'POST', '/v2/cloudimages/quickimport/action', quickImportBody(input));
  }

  /** §A.1.5 `POST /v1/cloudimages/dataimages/action`. */
  async createDataImage(input: CreateDataImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    if (opts.safeMode) return this.job('ims-create-data-image-safe-mode', 'POST', '/v2.1/cloudimages/dataimages/action', createDataImageBody(input));
    return this.job('ims-create-data-image', 'POST', '/v1/cloudimages/dataimages/action', createDataImageBody(input));
  }

  /** §A.1.6 `POST /v1/cloudimages/wholeimages/action`: full-ECS image from an ECS or a CSBS/CBR backup. */
  async createWholeImage(input: CreateWholeImageInput): Promise<AcceptedJob> {
    return this.job('ims-create-whole-image', 'POST', '/v1/cloudimages/wholeimages/action', createWholeImageBody(input));
  }

  /** §A.1.7 `PUT /v1/cloudimages/{image_id}/upload`: register an OBS file against metadata from `POST /v2/images`. */
  async registerImage(imageId: string, imageUrl: string): Promise<AcceptedJob> {
    return this.job('ims-register-image', 'PUT', `/v1/cloudimages/${seg(imageId)}/upload`, { image_url: imageUrl });
  }

  /** §A.1.8 `POST /v1/cloudimages/{image_id}/file`. */
  async exportImage(imageId: string, input: ExportImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(
      opts.safeMode ? 'ims-export-image-safe-mode' : 'ims-export-image',
      'POST',
      `/${opts.safeMode ? 'v2.1' : 'v1'}/cloudimages/${seg(imageId)}/file`,
      compact({ bucket_url: input.bucketUrl, file_format: input.fileFormat, is_quick_export: input.quickExport }),
    );
  }

  /** §A.1.9 `GET /v1/cloudimages/os_version`. `tags`: `bms`, `uefi` (repeatable). */
  async listOsVersions(tags: readonly string[] = []): Promise<OsVersionGroup[]> {
    return this.call('ims-list-os-versions', 'GET', '/v1/cloudimages/os_version', {
      query: { tag: tags.length > 0 ? tags : undefined },
      schema: osVersionsSchema,
    });
  }

  /** §A.1.10 `GET /v1/cloudimages/{region_id}` (seed 004 only): images visible in a region. */
  async listRegionImages(regionId: string, filter: ImsImageListFilter = {}): Promise<ImagePage> {
    if (RESERVED_REGION_SEGMENTS.has(regionId)) throw new Error(`"${regionId}" is not a region id`);
    const images = await this.call('ims-list-region-images', 'GET', `/v1/cloudimages/${seg(regionId)}`, {
      query: imsImageListQuery(filter),
      schema: imsImageListSchema,
    });
    return pageOf(images.images, Math.min(filter.limit ?? IMS_DEFAULT_PAGE, IMS_DEFAULT_PAGE));
  }

  // ---- A.2 Tags ----------------------------------------------------------------------------------------------

  /** §A.2.1 `PUT /v1/cloudimages/tags`: add or modify one tag (sent as `image_tag`). */
  async setImageTag(imageId: string, tag: ImageTag): Promise<void> {
    await this.call('ims-set-image-tag', 'PUT', '/v1/cloudimages/tags', {
      json: { image_id: imageId, image_tag: { key: tag.key, value: tag.value } },
    });
  }

  /** §A.2.2 `GET /v1/cloudimages/tags`: tag strings (`key=value`) of the images matching the §A.1.1 filters. */
  async listTags(filter: ImsImageListFilter = {}): Promise<ImageTag[]> {
    return this.call('ims-list-tags', 'GET', '/v1/cloudimages/tags', {
      query: imsImageListQuery(filter),
      schema: tagStringsSchema,
    });
  }

  /** §A.2.3 `POST /v2/{project_id}/images/resource_instances/action`: filter (paged) or count by tags. */
  async queryImagesByTags(input: QueryImagesByTagsInput): Promise<TaggedImagesResult> {
    return this.call(
      'ims-query-images-by-tag',
      'POST',
      `/v2/${seg(this.projectId)}/images/resource_instances/action`,
      { json: queryByTagsBody(input), schema: taggedImagesSchema },
    );
  }

  /** §A.2.4 `POST /v2/{project_id}/images/{image_id}/tags/action`: batch create/update or delete (idempotent). */
  async batchImageTags(
    imageId: string,
    action: 'create' | 'delete',
    tags: readonly (ImageTag | { key: string; value?: string })[],
  ): Promise<void> {
    // On delete the value is optional and, when given, must match (§A.2.4): omit it to delete by key.
    const wire = tags.map((t) => (t.value === undefined ? { key: t.key } : { key: t.key, value: t.value }));
    await this.call('ims-batch-image-tags', 'POST', `/v2/${seg(this.projectId)}/images/${seg(imageId)}/tags/action`, {
      json: { action, tags: wire },
    });
  }

  /** §A.2.5 `POST /v2/{project_id}/images/{image_id}/tags`: add or update one tag. */
  async addImageTag(imageId: string, tag: ImageTag): Promise<void> {
    await this.call('ims-add-image-tag', 'POST', `/v2/${seg(this.projectId)}/images/${seg(imageId)}/tags`, {
      json: { tag: { key: tag.key, value: tag.value } },
    });
  }

  /** §A.2.6 `DELETE /v2/{project_id}/images/{image_id}/tags/{key}`: 404 when the key is absent. */
  async deleteImageTag(imageId: string, key: string): Promise<void> {
    await this.call(
      'ims-delete-image-tag',
      'DELETE',
      `/v2/${seg(this.projectId)}/images/${seg(imageId)}/tags/${seg(key)}`,
      {},
    );
  }

  /** §A.2.7 `GET /v2/{project_id}/images/{image_id}/tags`. */
  async listImageTags(imageId: string): Promise<ImageTag[]> {
    return this.call('ims-list-image-tags', 'GET', `/v2/${seg(this.projectId)}/images/${seg(imageId)}/tags`, {
      schema: imageTagsSchema,
    });
  }

  /**
   * IMS SDK `BatchDeleteTags`: `DELETE /v1/{project_id}/cloudimages/{image_id}/tags/delete` with `{tags:[{key,value?}]}`
   * (a value, when given, must match; missing keys are ignored).
   */
  async batchDeleteTags(imageId: string, tags: readonly { key: string; value?: string }[]): Promise<void> {
    const wire = tags.map((t) => (t.value === undefined ? { key: t.key } : { key: t.key, value: t.value }));
    await this.call('ims-batch-delete-tags', 'DELETE', `/v1/${seg(this.projectId)}/cloudimages/${seg(imageId)}/tags/delete`, {
      json: { tags: wire },
    });
  }

  /** IMS SDK `ListImageMembers`: `GET /v1/{project_id}/cloudimages/{image_id}/members`. */
  async listImageMembers(imageId: string): Promise<ImageMember[]> {
    return this.call('ims-list-image-members', 'GET', `/v1/${seg(this.projectId)}/cloudimages/${seg(imageId)}/members`, {
      schema: memberListSchema,
    });
  }

  /** IMS SDK `ShowImageMember`: `GET /v1/{project_id}/cloudimages/{image_id}/members/{member_id}`. */
  async getImageMember(imageId: string, memberId: string): Promise<ImageMember> {
    return this.call('ims-show-image-member', 'GET', `/v1/${seg(this.projectId)}/cloudimages/${seg(imageId)}/members/${seg(memberId)}`, {
      schema: memberSchema,
    });
  }

  /** §A.2.8 `GET /v2/{project_id}/images/tags`: every key with its values across the project's images. */
  async listProjectTags(): Promise<ProjectTag[]> {
    return this.call('ims-list-project-tags', 'GET', `/v2/${seg(this.projectId)}/images/tags`, {
      schema: projectTagsSchema,
    });
  }

  // ---- A.3 Sharing -------------------------------------------------------------------------------------------

  /** §A.3.1 `DELETE /v1/cloudimages/members` (JSON body on DELETE): stop sharing in batch. */
  async batchRemoveMembers(input: BatchMembersInput): Promise<AcceptedJob> {
    return this.job('ims-batch-delete-members', 'DELETE', '/v1/cloudimages/members', {
      images: input.imageIds,
      projects: input.projectIds,
    });
  }

  /** §A.3.2 `POST /v1/cloudimages/members`: share images with projects in batch. */
  async batchAddMembers(input: BatchMembersInput): Promise<AcceptedJob> {
    return this.job('ims-batch-add-members', 'POST', '/v1/cloudimages/members', {
      images: input.imageIds,
      projects: input.projectIds,
    });
  }

  /** §A.3.3 `PUT /v1/cloudimages/members`: the recipient accepts or rejects shared images in batch. */
  async batchUpdateMemberStatus(input: BatchUpdateMemberStatusInput): Promise<AcceptedJob> {
    return this.job(
      'ims-batch-update-member-status',
      'PUT',
      '/v1/cloudimages/members',
      compact({ images: input.imageIds, project_id: input.projectId, status: input.status, vault_id: input.vaultId }),
    );
  }

  // ---- A.4 Replication ---------------------------------------------------------------------------------------

  /** §A.4.1 `POST /v1/cloudimages/{image_id}/copy`. */
  async copyImageInRegion(imageId: string, input: CopyImageInRegionInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(
      opts.safeMode ? 'ims-copy-image-in-region-safe-mode' : 'ims-copy-image-in-region',
      'POST',
      `/${opts.safeMode ? 'v2.1' : 'v1'}/cloudimages/${seg(imageId)}/copy`,
      compact({
        name: input.name,
        description: input.description,
        cmk_id: input.encryptionKeyId,
        enterprise_project_id: input.enterpriseProjectId,
      }),
    );
  }

  /** §A.4.2 `POST /v1/cloudimages/{image_id}/cross_region_copy`. */
  async copyImageCrossRegion(imageId: string, input: CopyImageCrossRegionInput): Promise<AcceptedJob> {
    return this.job(
      'ims-copy-image-cross-region',
      'POST',
      `/v1/cloudimages/${seg(imageId)}/cross_region_copy`,
      compact({
        name: input.name,
        description: input.description,
        region: input.region,
        project_name: input.projectName,
        agency_name: input.agencyName,
      }),
    );
  }

  // ---- A.5 Quota, A.6 Jobs -----------------------------------------------------------------------------------

  /** §A.5.1 `GET /v1/cloudimages/quota`. */
  async getQuota(): Promise<Quota> {
    return this.call('ims-get-quota', 'GET', '/v1/cloudimages/quota', { schema: quotaSchema });
  }

  /** §A.6.1 `GET /v1/{project_id}/jobs/{job_id}`. */
  async getJob(jobId: string): Promise<Job> {
    return this.call('ims-get-job', 'GET', `/v1/${seg(this.projectId)}/jobs/${seg(jobId)}`, { schema: jobSchema });
  }

  /** §A.6.2 `GET /v1/cloudimages/job/{job_id}`: same job, with `subJobId`. */
  async getJobProgress(jobId: string): Promise<Job> {
    return this.call('ims-get-job-progress', 'GET', `/v1/cloudimages/job/${seg(jobId)}`, { schema: jobSchema });
  }

  // ------------------------------------------------------------------------------------------------------------

  /**
   * A job-starting request is sent once (the HTTP core retries GET/HEAD only) and is deliberately NOT bound to
   * this client's signal: a caller that leaves must not cut a request the upstream may already be acting on,
   * or its answer (the job id, recorded under an idempotency key) would be lost.
   */
  private async job(endpoint: string, method: HttpMethod, path: string, body: unknown): Promise<AcceptedJob> {
    // Detached: once sent, a job-starting request is seen through to its answer even if the caller leaves.
    const res = await this.call(endpoint, method, path, { json: body, schema: acceptedJobSchema, detached: true });
    return { jobId: res.job_id };
  }

  private async call<T>(
    endpoint: string,
    method: HttpMethod,
    path: string,
    opts: { query?: Query; json?: unknown; schema: import('zod').ZodType<T>; detached?: boolean },
  ): Promise<T>;
  private async call(
    endpoint: string,
    method: HttpMethod,
    path: string,
    opts: { query?: Query; json?: unknown; schema?: undefined },
  ): Promise<undefined>;
  private async call(
    endpoint: string,
    method: HttpMethod,
    path: string,
    opts: { query?: Query; json?: unknown; schema?: import('zod').ZodType; detached?: boolean },
  ): Promise<unknown> {
    const base = {
      method,
      baseUrl: this.baseUrl,
      path,
      auth: this.auth,
      endpoint,
      ...(opts.query !== undefined ? { query: opts.query } : {}),
      ...(opts.json !== undefined ? { json: opts.json } : {}),
      ...(this.signal !== undefined ? { signal: this.signal } : {}),
      ...(this.gate !== undefined ? { gate: this.gate } : {}),
      ...(opts.detached ? { detached: true } : {}),
    };
    if (opts.schema) return (await this.http.request({ ...base, schema: opts.schema })).data;
    await this.http.request(base);
    return undefined;
  }
}

function pageOf(images: Image[], pageSize: number): ImagePage {
  const last = images[images.length - 1];
  return images.length >= pageSize && last !== undefined ? { images, nextMarker: last.id } : { images };
}
