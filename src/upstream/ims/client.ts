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
import type { z } from 'zod';
import { callEndpoint, type CallScope, type EndpointCallOptions, type EndpointOf, type EndpointTarget, type PathParams } from '../endpoints';
import type { HttpClient } from '../http';
import { memberListSchema, memberSchema } from '../glance/wire';
import { acceptedJobSchema, compact } from '../mapping/common';
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

export interface ImsClientOptions extends CallScope {
  http: HttpClient;
  /** Regional IMS endpoint (the simulator origin). */
  baseUrl: string;
  auth: AuthProvider;
  /** The caller's project (paths `/v2/{project_id}/…`, `/v1/{project_id}/jobs/…`). */
  projectId: string;
}

/**
 * IMS lists (`GET /v2/cloudimages`, `GET /v1/cloudimages/{region_id}`) default to, and cap at, 500 per page: a
 * full page may have a successor.
 */
const IMS_DEFAULT_PAGE = 500;
/**
 * Literal segments that share the shape of `/v1/cloudimages/{region_id}` (ENDPOINTS.md, "Routing hazard"): never
 * sent as a region id.
 */
const RESERVED_REGION_SEGMENTS = new Set(['tags', 'quota', 'os_version', 'job', 'members', 'dataimages', 'wholeimages']);

/**
 * Huawei Cloud IMS extension APIs (the `ims` rows of the endpoint table). Cheap: build one per GraphQL request.
 * Asynchronous endpoints resolve to `{ jobId }` as soon as IMS accepts the request; poll with `getJob`.
 */
export class ImsClient {
  private readonly target: EndpointTarget;
  private readonly projectId: string;

  constructor(opts: ImsClientOptions) {
    this.target = { http: opts.http, baseUrl: opts.baseUrl, auth: opts.auth, signal: opts.signal, gate: opts.gate, trace: opts.trace };
    this.projectId = opts.projectId;
  }

  // ---- Images ------------------------------------------------------------------------------------------------

  /** IMS "List images", `GET /v2/cloudimages`. `nextMarker` is set when the page is full (IMS returns no links). */
  async listImages(filter: ImsImageListFilter = {}): Promise<ImagePage> {
    const images = await this.call('ims-list-images', {}, { query: imsImageListQuery(filter), schema: imsImageListSchema });
    return pageOf(images.images, Math.min(filter.limit ?? IMS_DEFAULT_PAGE, IMS_DEFAULT_PAGE));
  }

  /** IMS "Update image", `PATCH /v2/cloudimages/{image_id}`: only active images can be updated. */
  async updateImage(imageId: string, operations: readonly ImagePatchOperation[]): Promise<Image> {
    return this.call('ims-update-image', { image_id: imageId }, { json: toWirePatch(operations), schema: imageSchema });
  }

  /** IMS "Create image", `POST /v2/cloudimages/action`: from an ECS, its data disks, an OBS file, or a data disk. */
  async createImage(input: CreateImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(opts.safeMode ? 'ims-create-image-safe-mode' : 'ims-create-image', {}, createImageBody(input));
  }

  /** IMS "Quick import an image file", `POST /v2/cloudimages/quickimport/action`: RAW/ZVHD2 files up to 1 TB. */
  async quickImportImage(input: QuickImportImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(opts.safeMode ? 'ims-quick-import-image-safe-mode' : 'ims-quick-import-image', {}, quickImportBody(input));
  }

  /** IMS "Create a data-disk image from an external image file", `POST /v1/cloudimages/dataimages/action`. */
  async createDataImage(input: CreateDataImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(opts.safeMode ? 'ims-create-data-image-safe-mode' : 'ims-create-data-image', {}, createDataImageBody(input));
  }

  /** IMS "Create a full-ECS image", `POST /v1/cloudimages/wholeimages/action`: from an ECS or a CSBS/CBR backup. */
  async createWholeImage(input: CreateWholeImageInput): Promise<AcceptedJob> {
    return this.job('ims-create-whole-image', {}, createWholeImageBody(input));
  }

  /**
   * IMS "Register an image", `PUT /v1/cloudimages/{image_id}/upload`: an OBS file against the metadata Glance
   * `POST /v2/images` created.
   */
  async registerImage(imageId: string, imageUrl: string): Promise<AcceptedJob> {
    return this.job('ims-register-image', { image_id: imageId }, { image_url: imageUrl });
  }

  /** IMS "Export an image", `POST /v1/cloudimages/{image_id}/file`. */
  async exportImage(imageId: string, input: ExportImageInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(
      opts.safeMode ? 'ims-export-image-safe-mode' : 'ims-export-image',
      { image_id: imageId },
      compact({ bucket_url: input.bucketUrl, file_format: input.fileFormat, is_quick_export: input.quickExport }),
    );
  }

  /** IMS "List supported OSs", `GET /v1/cloudimages/os_version`. `tags`: `bms`, `uefi` (repeatable). */
  async listOsVersions(tags: readonly string[] = []): Promise<OsVersionGroup[]> {
    return this.call('ims-list-os-versions', {}, { query: { tag: tags.length > 0 ? tags : undefined }, schema: osVersionsSchema });
  }

  /** IMS "List images in a region", `GET /v1/cloudimages/{region_id}` (seed 004 only). */
  async listRegionImages(regionId: string, filter: ImsImageListFilter = {}): Promise<ImagePage> {
    if (RESERVED_REGION_SEGMENTS.has(regionId)) throw new Error(`"${regionId}" is not a region id`);
    const images = await this.call(
      'ims-list-region-images',
      { region_id: regionId },
      { query: imsImageListQuery(filter), schema: imsImageListSchema },
    );
    return pageOf(images.images, Math.min(filter.limit ?? IMS_DEFAULT_PAGE, IMS_DEFAULT_PAGE));
  }

  // ---- Tags --------------------------------------------------------------------------------------------------

  /** IMS "Add or modify a tag", `PUT /v1/cloudimages/tags`: one tag, sent as `image_tag`. */
  async setImageTag(imageId: string, tag: ImageTag): Promise<void> {
    await this.call('ims-set-image-tag', {}, { json: { image_id: imageId, image_tag: { key: tag.key, value: tag.value } } });
  }

  /** IMS "List tags", `GET /v1/cloudimages/tags`: the tags (parsed) of the images matching the list filters. */
  async listTags(filter: ImsImageListFilter = {}): Promise<ImageTag[]> {
    return this.call('ims-list-tags', {}, { query: imsImageListQuery(filter), schema: tagStringsSchema });
  }

  /** IMS "Query images by tag", `POST /v2/{project_id}/images/resource_instances/action`: filter (paged) or count. */
  async queryImagesByTags(input: QueryImagesByTagsInput): Promise<TaggedImagesResult> {
    return this.call('ims-query-images-by-tag', {}, { json: queryByTagsBody(input), schema: taggedImagesSchema });
  }

  /**
   * IMS "Batch add or delete image tags", `POST /v2/{project_id}/images/{image_id}/tags/action` (idempotent).
   */
  async batchImageTags(
    imageId: string,
    action: 'create' | 'delete',
    tags: readonly (ImageTag | { key: string; value?: string })[],
  ): Promise<void> {
    // On delete the value is optional and, when given, must match: omit it to delete by key.
    const wire = tags.map((t) => (t.value === undefined ? { key: t.key } : { key: t.key, value: t.value }));
    await this.call('ims-batch-image-tags', { image_id: imageId }, { json: { action, tags: wire } });
  }

  /** IMS "Add a tag to an image", `POST /v2/{project_id}/images/{image_id}/tags`: add or update one tag. */
  async addImageTag(imageId: string, tag: ImageTag): Promise<void> {
    await this.call('ims-add-image-tag', { image_id: imageId }, { json: { tag: { key: tag.key, value: tag.value } } });
  }

  /** IMS "Delete a tag from an image", `DELETE /v2/{project_id}/images/{image_id}/tags/{key}`: 404 when absent. */
  async deleteImageTag(imageId: string, key: string): Promise<void> {
    await this.call('ims-delete-image-tag', { image_id: imageId, key });
  }

  /** IMS "List the tags of an image", `GET /v2/{project_id}/images/{image_id}/tags`. */
  async listImageTags(imageId: string): Promise<ImageTag[]> {
    return this.call('ims-list-image-tags', { image_id: imageId }, { schema: imageTagsSchema });
  }

  /**
   * IMS SDK `BatchDeleteTags`: `DELETE /v1/{project_id}/cloudimages/{image_id}/tags/delete` with `{tags:[{key,value?}]}`
   * (a value, when given, must match; missing keys are ignored).
   */
  async batchDeleteTags(imageId: string, tags: readonly { key: string; value?: string }[]): Promise<void> {
    const wire = tags.map((t) => (t.value === undefined ? { key: t.key } : { key: t.key, value: t.value }));
    await this.call('ims-batch-delete-tags', { image_id: imageId }, { json: { tags: wire } });
  }

  /** IMS SDK `ListImageMembers`: `GET /v1/{project_id}/cloudimages/{image_id}/members`. */
  async listImageMembers(imageId: string): Promise<ImageMember[]> {
    return this.call('ims-list-image-members', { image_id: imageId }, { schema: memberListSchema });
  }

  /** IMS SDK `ShowImageMember`: `GET /v1/{project_id}/cloudimages/{image_id}/members/{member_id}`. */
  async getImageMember(imageId: string, memberId: string): Promise<ImageMember> {
    return this.call('ims-show-image-member', { image_id: imageId, member_id: memberId }, { schema: memberSchema });
  }

  /** IMS "List all image tags of the project", `GET /v2/{project_id}/images/tags`: every key with its values. */
  async listProjectTags(): Promise<ProjectTag[]> {
    return this.call('ims-list-project-tags', {}, { schema: projectTagsSchema });
  }

  // ---- Sharing -----------------------------------------------------------------------------------------------

  /** IMS "Batch delete image members", `DELETE /v1/cloudimages/members` (JSON body on DELETE): stop sharing. */
  async batchRemoveMembers(input: BatchMembersInput): Promise<AcceptedJob> {
    return this.job('ims-batch-delete-members', {}, { images: input.imageIds, projects: input.projectIds });
  }

  /** IMS "Batch add image members", `POST /v1/cloudimages/members`: share images with projects. */
  async batchAddMembers(input: BatchMembersInput): Promise<AcceptedJob> {
    return this.job('ims-batch-add-members', {}, { images: input.imageIds, projects: input.projectIds });
  }

  /** IMS "Batch update member status", `PUT /v1/cloudimages/members`: the recipient accepts or rejects. */
  async batchUpdateMemberStatus(input: BatchUpdateMemberStatusInput): Promise<AcceptedJob> {
    return this.job(
      'ims-batch-update-member-status',
      {},
      compact({ images: input.imageIds, project_id: input.projectId, status: input.status, vault_id: input.vaultId }),
    );
  }

  // ---- Replication -------------------------------------------------------------------------------------------

  /** IMS "Replicate an image within a region", `POST /v1/cloudimages/{image_id}/copy`. */
  async copyImageInRegion(imageId: string, input: CopyImageInRegionInput, opts: SafeModeOption = {}): Promise<AcceptedJob> {
    return this.job(
      opts.safeMode ? 'ims-copy-image-in-region-safe-mode' : 'ims-copy-image-in-region',
      { image_id: imageId },
      compact({
        name: input.name,
        description: input.description,
        cmk_id: input.encryptionKeyId,
        enterprise_project_id: input.enterpriseProjectId,
      }),
    );
  }

  /** IMS "Replicate an image across regions", `POST /v1/cloudimages/{image_id}/cross_region_copy`. */
  async copyImageCrossRegion(imageId: string, input: CopyImageCrossRegionInput): Promise<AcceptedJob> {
    return this.job(
      'ims-copy-image-cross-region',
      { image_id: imageId },
      compact({
        name: input.name,
        description: input.description,
        region: input.region,
        project_name: input.projectName,
        agency_name: input.agencyName,
      }),
    );
  }

  // ---- Quota, jobs -------------------------------------------------------------------------------------------

  /** IMS "Query image quota", `GET /v1/cloudimages/quota`. */
  async getQuota(): Promise<Quota> {
    return this.call('ims-get-quota', {}, { schema: quotaSchema });
  }

  /** IMS "Query an asynchronous job", `GET /v1/{project_id}/jobs/{job_id}`. */
  async getJob(jobId: string): Promise<Job> {
    return this.call('ims-get-job', { job_id: jobId }, { schema: jobSchema });
  }

  /** IMS "Query asynchronous job progress", `GET /v1/cloudimages/job/{job_id}`: the same job, with `subJobId`. */
  async getJobProgress(jobId: string): Promise<Job> {
    return this.call('ims-get-job-progress', { job_id: jobId }, { schema: jobSchema });
  }

  // ------------------------------------------------------------------------------------------------------------

  /**
   * A job-starting request is sent once (the HTTP core retries GET/HEAD only) and is deliberately NOT bound to
   * this client's signal: a caller that leaves must not cut a request the upstream may already be acting on,
   * or its answer (the job id, recorded under an idempotency key) would be lost.
   */
  private async job<Id extends ImsEndpoint>(id: Id, params: ImsPathParams<Id>, body: unknown): Promise<AcceptedJob> {
    const res = await this.call(id, params, { json: body, schema: acceptedJobSchema, detached: true });
    return { jobId: res.job_id };
  }

  /** Calls an IMS endpoint of the table; `{project_id}` is this client's project. */
  private async call<Id extends ImsEndpoint, S extends z.ZodType>(
    id: Id,
    params: ImsPathParams<Id>,
    opts: ImsCallOptions & { schema: S },
  ): Promise<z.output<S>>;
  private async call<Id extends ImsEndpoint>(id: Id, params: ImsPathParams<Id>, opts?: ImsCallOptions): Promise<undefined>;
  private async call<Id extends ImsEndpoint>(
    id: Id,
    params: ImsPathParams<Id>,
    opts: ImsCallOptions & { schema?: z.ZodType } = {},
  ): Promise<unknown> {
    // Templates without `{project_id}` ignore the extra value.
    const path = { ...params, project_id: this.projectId } as unknown as PathParams<Id>;
    return (await callEndpoint(this.target, id, path, opts)).data;
  }
}

type ImsEndpoint = EndpointOf<'ims'>;
type ImsPathParams<Id extends ImsEndpoint> = PathParams<Id, 'project_id'>;
type ImsCallOptions = Pick<EndpointCallOptions, 'query' | 'json' | 'detached'>;

function pageOf(images: Image[], pageSize: number): ImagePage {
  const last = images[images.length - 1];
  return images.length >= pageSize && last !== undefined ? { images, nextMarker: last.id } : { images };
}
