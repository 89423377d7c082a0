import type { DemoUser, ImageRecord, Job, Member, Project, Token, World } from './model';
import { ImageStore } from './store';
import { isoSeconds } from './util';

export interface SimOptions {
  region: string;
  jobStepMs: number;
  now: () => number;
}

/** Private-image quota per project (§A.5.1). */
export const IMAGE_QUOTA = 30;
export const MAX_TAGS_PER_IMAGE = 10;
export const TOKEN_TTL_MS = 24 * 3600 * 1000;

export class SimState {
  readonly images = new Map<string, ImageRecord>();
  readonly projects = new Map<string, Project>();
  readonly users: DemoUser[] = [];
  readonly tokens = new Map<string, Token>();
  readonly jobs = new Map<string, Job>();
  world!: World;
  /** Images seeded by SIM_EXTRA_IMAGES for benchmarks: not counted against the quota. */
  readonly quotaExempt = new Set<string>();
  baseUrl = '';
  /** Image data uploaded through Glance (download serves it back). */
  readonly store = new ImageStore();

  constructor(readonly opts: SimOptions) {}

  get region(): string {
    return this.opts.region;
  }

  now(): number {
    return this.opts.now();
  }

  /** Image in this region, not soft-deleted. */
  liveImage(id: string): ImageRecord | undefined {
    const img = this.images.get(id);
    return img && !img.deleted && img.region === this.region ? img : undefined;
  }

  regionImages(region = this.region): ImageRecord[] {
    return [...this.images.values()].filter((i) => i.region === region && !i.deleted);
  }

  visibility(img: ImageRecord): 'public' | 'private' | 'shared' | 'community' {
    if (img.isPublic) return 'public';
    if (img.visibility === 'community' || img.visibility === 'shared') return img.visibility;
    return img.members.size > 0 ? 'shared' : 'private';
  }

  imageType(img: ImageRecord): 'gold' | 'private' | 'shared' {
    const v = this.visibility(img);
    // IMS has no community type: a community image is still the owner's private image to IMS.
    return v === 'public' ? 'gold' : v === 'community' ? 'private' : v;
  }

  memberOf(img: ImageRecord, projectId: string): Member | undefined {
    return img.members.get(projectId);
  }

  /** Glance's rule for GET by id: public, owned, or shared with the project in any member status. */
  canSee(img: ImageRecord, projectId: string): boolean {
    return img.isPublic || img.owner === projectId || img.members.has(projectId) || img.visibility === 'community';
  }

  quotaUsed(projectId: string): number {
    return [...this.images.values()].filter((i) => i.owner === projectId && !i.isPublic && !this.quotaExempt.has(i.id) && !i.deleted && i.region === this.region)
      .length;
  }

  touch(img: ImageRecord): void {
    img.props.updated_at = isoSeconds(this.now());
  }

  /**
   * Jobs have no timers: their state is a function of elapsed time. Before each request every job whose end
   * has passed is completed, in end order, so its effects (a new image, new members) are visible to the
   * request exactly as if a worker had applied them at that moment.
   */
  settleJobs(): void {
    const now = this.now();
    const due = [...this.jobs.values()]
      .filter((j) => !j.finished && j.beginMs + j.outcome.endStep * this.opts.jobStepMs <= now)
      .sort((a, b) => a.beginMs + a.outcome.endStep * this.opts.jobStepMs - (b.beginMs + b.outcome.endStep * this.opts.jobStepMs));
    for (const job of due) {
      const endMs = job.beginMs + job.outcome.endStep * this.opts.jobStepMs;
      const effects = job.complete(endMs);
      const failed = job.outcome.errorCode ? { code: job.outcome.errorCode, reason: job.outcome.failReason ?? '' } : effects.failed;
      job.finished = {
        status: failed ? 'FAIL' : 'SUCCESS',
        endMs,
        imageId: effects.imageId ?? job.imageId,
        imageName: effects.imageName ?? job.imageName,
        results: effects.results,
        errorCode: failed ? failed.code : null,
        failReason: failed ? failed.reason : null,
      };
    }
  }
}
