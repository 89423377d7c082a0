import { buildImage } from '../images';
import { checkDescription, checkImsName } from '../ims/checks';
import type { JobSpec } from '../jobs';
import type { BatchResult } from '../model';
import { IMAGE_QUOTA, type SimState } from '../state';
import { parseCreateTags, tagStrings, type Tag } from '../ims/tag-rules';
import { fakeSha512Hex, md5Hex, newUuid } from '../util';
import { intField, optString } from './checks';

/** The images a creating job will make, described when it is submitted and materialised when it ends. */

export interface ImageDraft {
  name: string;
  description: string;
  tags: Tag[];
  osVersion: string;
  sizeBytes: number;
  minDisk: number;
  minRam?: number;
  maxRam?: number;
  virtualEnvType?: string;
  diskFormat?: string;
  enterpriseProjectId?: string;
  extra?: Record<string, unknown>;
}

export function commonDraft(body: Record<string, unknown>): Pick<ImageDraft, 'name' | 'description' | 'tags' | 'minRam' | 'maxRam' | 'enterpriseProjectId'> {
  return {
    name: checkImsName(body.name),
    description: checkDescription(body.description),
    tags: parseCreateTags(body),
    minRam: intField(body, 'min_ram', 0, 1024 * 1024, false),
    maxRam: intField(body, 'max_ram', 0, 1024 * 1024, false),
    enterpriseProjectId: optString(body, 'enterprise_project_id'),
  };
}

/** The job's `complete`: materialise images when the job ends (quota re-checked then, as IMS does). */
export function materialise(state: SimState, projectId: string, drafts: ImageDraft[], region = state.region, owner = projectId): JobSpec['complete'] {
  const ids = drafts.map(() => newUuid());
  return (atMs) => {
    if (region === state.region && state.quotaUsed(owner) + drafts.length > IMAGE_QUOTA) return { failed: { code: 'IMG.0015', reason: 'The number of private images has reached the maximum allowed.' } };
    drafts.forEach((d, i) => {
      const img = buildImage({
        id: ids[i]!,
        region,
        owner,
        name: d.name,
        status: 'active',
        createdMs: atMs,
        osVersion: d.osVersion,
        tags: tagStrings(d.tags),
        diskFormat: d.diskFormat ?? 'zvhd2',
        minDisk: d.minDisk,
        minRam: d.minRam,
        sizeBytes: d.sizeBytes,
        checksum: md5Hex(`checksum:${ids[i]}`),
        virtualEnvType: d.virtualEnvType,
        extra: {
          __description: d.description,
          __lazyloading: 'true',
          enterprise_project_id: d.enterpriseProjectId ?? '0',
          ...(d.maxRam !== undefined ? { max_ram: String(d.maxRam) } : {}),
          ...d.extra,
        },
      });
      img.props.os_hash_value = fakeSha512Hex(`${ids[i]}`);
      state.images.set(img.id, img);
    });
    return {
      imageId: ids[0]!,
      imageName: drafts[0]!.name,
      ...(drafts.length > 1
        ? { results: ids.map((id): BatchResult => ({ image_id: id, project_id: owner, status: 'success' })) }
        : {}),
    };
  };
}
