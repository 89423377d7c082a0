import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passthroughAuth } from '../../src/upstream/auth/passthrough';
import {
  ENDPOINTS,
  GlanceClient,
  HttpClient,
  IamClient,
  ImsClient,
  type EndpointId,
  type Image,
} from '../../src/upstream';
import { startSimulator, type RunningSimulator } from '../../src/simulator';
import { uuidFrom } from '../../src/simulator/util';
import { ENDPOINT_SPEC, endpointOf } from '../helpers/endpoints';

/**
 * Endpoint coverage: every client method, called with realistic inputs against the simulator, must reach its
 * endpoint (method + path template of endpoints.json, as seen in the simulator's request log) and succeed.
 * The simulator runs on an injected clock so asynchronous jobs finish when the test says so.
 */

const SPEC = ENDPOINT_SPEC;

interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  status: number;
}


/** Records which client method a call went through, to check the table's client methods against reality. */
function recording<T extends object>(client: T, calls: string[]): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      return (...args: unknown[]) => {
        calls.push(prop);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

let sim: RunningSimulator;
let clock = Date.UTC(2024, 5, 1, 12, 0, 0);
const JOB_STEP_MS = 1000;
const http = new HttpClient({ sleep: async () => {} });
const covered = new Set<EndpointId>();
const failures: string[] = [];
let lastSeq = 0;

async function simLog(): Promise<LoggedRequest[]> {
  const res = await fetch(`${sim.url}/_sim/requests?since=${lastSeq}`);
  const body = (await res.json()) as { requests: LoggedRequest[] };
  for (const r of body.requests) lastSeq = Math.max(lastSeq, r.seq);
  return body.requests;
}

/** Lets every job started so far run to its end. */
function finishJobs(): void {
  clock += 20 * JOB_STEP_MS;
}

beforeAll(async () => {
  sim = await startSimulator({ now: () => clock, jobStepMs: JOB_STEP_MS });
});

afterAll(async () => {
  await http.close();
  await sim?.close();
  process.stdout.write(`client endpoint coverage: ${covered.size}/${SPEC.length}\n`);
});

describe('client endpoint coverage against the simulator', () => {
  it('every endpoint of endpoints.json has a client method', () => {
    const missing = SPEC.filter((e) => !(e.id in ENDPOINTS)).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('calls every endpoint through its client method', async () => {
    const iam = new IamClient({ http, baseUrl: sim.url });
    const alice = await iam.issueToken({ userName: 'alice', password: 'alice', domainName: 'Default', projectName: 'alpha' });
    const bob = await iam.issueToken({ userName: 'bob', password: 'bob', domainName: 'Default', projectName: 'beta' });
    const scope = await iam.validateToken(alice.token);
    expect(scope).toMatchObject({ projectId: alice.projectId, userName: 'alice', projectName: 'alpha' });
    /** Content checks do not stop the run: every endpoint still gets called, and all problems are listed at the end. */
    const check = (ok: boolean, what: string) => {
      if (!ok) failures.push(what);
    };
    const alpha = alice.projectId;
    const beta = bob.projectId;

    const calls: string[] = [];
    const ims = recording(new ImsClient({ http, baseUrl: sim.url, auth: passthroughAuth(alice.token), projectId: alpha }), calls);
    const glance = recording(new GlanceClient({ http, baseUrl: sim.url, auth: passthroughAuth(alice.token) }), calls);
    const bobIms = recording(new ImsClient({ http, baseUrl: sim.url, auth: passthroughAuth(bob.token), projectId: beta }), calls);
    const bobGlance = recording(new GlanceClient({ http, baseUrl: sim.url, auth: passthroughAuth(bob.token) }), calls);
    await simLog();

    /** Runs one call meant for `id`; checks the method used and the request the simulator saw. */
    async function step<T>(id: EndpointId, call: () => Promise<T>): Promise<T | undefined> {
      calls.length = 0;
      let result: T | undefined;
      let succeeded = false;
      try {
        result = await call();
        succeeded = true;
      } catch (e) {
        failures.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const hits = (await simLog()).filter((r) => endpointOf(r.method, r.path) === id);
      const expected = ENDPOINTS[id].clientMethod;
      if (!calls.includes(expected)) failures.push(`${id}: expected a call to ${ENDPOINTS[id].api}.${expected}, saw ${calls.join(',') || 'none'}`);
      else if (hits.length === 0) failures.push(`${id}: the simulator logged no ${SPEC.find((e) => e.id === id)!.method} ${SPEC.find((e) => e.id === id)!.path}`);
      else if (succeeded) covered.add(id);
      return result;
    }

    // ---- discovery and reads ----
    await step('glance-list-versions', () => glance.listVersions());
    await step('glance-get-version', () => glance.getVersion('v2.0'));
    await step('glance-get-image-schema', () => glance.getImageSchema());
    await step('glance-get-images-schema', () => glance.getImagesSchema());
    await step('glance-get-member-schema', () => glance.getMemberSchema());
    await step('glance-get-members-schema', () => glance.getMembersSchema());
    await step('glance-list-images', () => glance.listImages({ imageType: 'gold', visibility: 'public', protected: true, limit: 2 }));
    const privatePage = await step('ims-list-images', () => ims.listImages({ ownerProjectId: alpha, imageType: 'private', status: 'active', sortKey: 'name', sortDir: 'asc' }));
    await step('ims-list-region-images', () => ims.listRegionImages('cn-north-4', { imageType: 'gold', limit: 5 }));
    await step('ims-list-os-versions', () => ims.listOsVersions(['uefi']));
    await step('ims-get-quota', () => ims.getQuota());
    await step('glance-v1-1-list-images-detail', () => glance.listImagesV1_1({ diskFormat: 'zvhd2' }));

    // A private, plain image of alice's to export, copy and share: not full-ECS, not ISO, not encrypted, and
    // small enough for a normal export and a cross-region copy (≤ 128 GB, §A.1.8, §A.4.2).
    const shareable: Image | undefined = privatePage?.images.find(
      (i) =>
        i.wholeImage !== true &&
        i.diskFormat !== 'iso' &&
        i.encryptionKeyId === null &&
        i.virtualEnvType === 'FusionCompute' &&
        (i.imageSizeBytes ?? Infinity) < 128 * 1024 ** 3,
    );
    if (!shareable) failures.push('the seed has no shareable private image of alpha (ims-list-images found none)');
    const shared = shareable?.id ?? uuidFrom('missing');

    // ---- Glance image lifecycle: metadata, upload, read, patch, tags ----
    const created = await step('glance-create-image', () =>
      glance.createImage({ name: 'coverage-upload', osVersion: 'CentOS 7.0 64bit', diskFormat: 'qcow2', containerFormat: 'bare', minDiskGb: 40, tags: ['coverage'] }),
    );
    const uploaded = created?.id ?? uuidFrom('missing');
    await step('glance-upload-image-file', () =>
      glance.uploadImageFile(uploaded, Readable.from([Buffer.alloc(4096, 1), Buffer.alloc(4096, 2)]), { sizeBytes: 8192 }),
    );
    finishJobs();
    await step('glance-get-image', () => glance.getImage(uploaded));
    await step('glance-update-image', () => glance.updateImage(uploaded, [{ op: 'replace', field: 'name', value: 'coverage-upload-2' }], 'v2.0'));
    await step('ims-update-image', () => ims.updateImage(uploaded, [{ op: 'replace', field: 'description', value: 'coverage image' }]));
    await step('glance-add-tag', () => glance.addTag(uploaded, 'plain'));
    await step('glance-delete-tag', () => glance.deleteTag(uploaded, 'plain'));
    await step('glance-v1-head-image', () => glance.headImageV1(uploaded));

    // ---- IMS tags ----
    await step('ims-add-image-tag', () => ims.addImageTag(uploaded, { key: 'env', value: 'test' }));
    await step('ims-set-image-tag', () => ims.setImageTag(uploaded, { key: 'team', value: 'web' }));
    await step('ims-batch-image-tags', () => ims.batchImageTags(uploaded, 'create', [{ key: 'tier', value: '1' }, { key: 'cost', value: '' }]));
    const tags = await step('ims-list-image-tags', () => ims.listImageTags(uploaded));
    check(
      ['env=test', 'team=web', 'tier=1'].every((t) => tags?.some((x) => `${x.key}=${x.value}` === t)),
      `ims-list-image-tags: expected env=test, team=web, tier=1 in ${JSON.stringify(tags)}`,
    );
    const found = await step('ims-query-images-by-tag', () => ims.queryImagesByTags({ mode: 'filter', withAll: [{ key: 'env', values: ['test'] }], limit: 10 }));
    check(found?.images.some((i) => i.imageId === uploaded) === true, 'ims-query-images-by-tag: the tagged image was not found');
    await step('ims-list-tags', () => ims.listTags({ ownerProjectId: alpha }));
    await step('ims-list-project-tags', () => ims.listProjectTags());
    await step('ims-delete-image-tag', () => ims.deleteImageTag(uploaded, 'env'));

    // ---- Glance sharing: alice shares, bob accepts, alice stops ----
    const member = await step('glance-add-member', () => glance.addMember(shared, beta));
    check(member?.status === 'pending', `glance-add-member: status ${member?.status}, expected pending`);
    await step('glance-get-member', () => glance.getMember(shared, beta));
    await step('glance-list-members', () => glance.listMembers(shared));
    await step('glance-update-member', () => bobGlance.updateMember(shared, beta, 'accepted'));
    await step('glance-delete-member', () => glance.deleteMember(shared, beta));

    // ---- IMS batch sharing (jobs) ----
    const added = await step('ims-batch-add-members', () => ims.batchAddMembers({ imageIds: [shared], projectIds: [beta] }));
    finishJobs();
    await step('ims-batch-update-member-status', () => bobIms.batchUpdateMemberStatus({ imageIds: [shared], projectId: beta, status: 'accepted' }));
    finishJobs();
    await step('ims-batch-delete-members', () => ims.batchRemoveMembers({ imageIds: [shared], projectIds: [beta] }));
    finishJobs();

    // ---- image creation (jobs) ----
    await step('ims-create-image', () =>
      ims.createImage({ from: 'server', name: 'coverage-from-ecs', serverId: uuidFrom('server:ecs-web-01'), tags: [{ key: 'src', value: 'ecs' }] }),
    );
    await step('ims-quick-import-image', () =>
      ims.quickImportImage({ dataDisk: false, name: 'coverage-quick', imageUrl: 'ims-image:centos70.zvhd2', osVersion: 'CentOS 7.0 64bit', minDiskGb: 40 }),
    );
    await step('ims-create-data-image', () =>
      ims.createDataImage({ name: 'coverage-data', imageUrl: 'image-test:fedora_data1.qcow2', minDiskGb: 40, osType: 'Linux' }),
    );
    await step('ims-create-whole-image', () =>
      ims.createWholeImage({ from: 'backup', name: 'coverage-whole', backupId: uuidFrom('backup:cbr-app-02-weekly'), backupType: 'CBR' }),
    );
    const registerTarget = await glance.createImage({ name: 'coverage-register', diskFormat: 'vmdk', minDiskGb: 40, osVersion: 'Ubuntu 20.04 server 64bit' }).catch(() => undefined);
    await simLog();
    await step('ims-register-image', () => ims.registerImage(registerTarget?.id ?? uuidFrom('missing'), 'ims-image:ubuntu2004.vmdk'));
    const exported = await step('ims-export-image', () => ims.exportImage(shared, { bucketUrl: 'ims-image:coverage-export.qcow2', fileFormat: 'qcow2' }));
    await step('ims-copy-image-in-region', () => ims.copyImageInRegion(shared, { name: 'coverage-copy', description: 'copy' }));
    // ---- Huawei IMS SDK operations beyond the reference: safe-mode variants, batch tag delete, v1 members ----
    await step('ims-create-image-safe-mode', () =>
      ims.createImage({ from: 'file', name: 'coverage-safe-file', imageUrl: 'ims-image:centos70.qcow2', minDiskGb: 40, osVersion: 'CentOS 7.0 64bit' }, { safeMode: true }),
    );
    await step('ims-quick-import-image-safe-mode', () =>
      ims.quickImportImage({ dataDisk: false, name: 'coverage-safe-quick', imageUrl: 'ims-image:centos70.zvhd2', osVersion: 'CentOS 7.0 64bit', minDiskGb: 40 }, { safeMode: true }),
    );
    await step('ims-create-data-image-safe-mode', () =>
      ims.createDataImage({ name: 'coverage-safe-data', imageUrl: 'image-test:fedora_data1.qcow2', minDiskGb: 40, osType: 'Linux' }, { safeMode: true }),
    );
    await step('ims-export-image-safe-mode', () => ims.exportImage(shared, { bucketUrl: 'ims-image:coverage-safe-export.qcow2', fileFormat: 'qcow2' }, { safeMode: true }));
    await step('ims-copy-image-in-region-safe-mode', () => ims.copyImageInRegion(shared, { name: 'coverage-safe-copy' }, { safeMode: true }));
    await step('ims-batch-delete-tags', () => ims.batchDeleteTags(uploaded, [{ key: 'team' }, { key: 'absent' }]));
    check(!(await glance.getImage(uploaded)).tags.some((t) => t.key === 'team'), 'ims-batch-delete-tags: the tag team is still there');
    await glance.addMember(shared, beta);
    const v1Members = await step('ims-list-image-members', () => ims.listImageMembers(shared));
    check(v1Members?.some((m) => m.projectId === beta) === true, `ims-list-image-members: ${JSON.stringify(v1Members)}`);
    const v1Member = await step('ims-show-image-member', () => ims.getImageMember(shared, beta));
    check(v1Member?.status === 'pending', `ims-show-image-member: status ${v1Member?.status}`);
    await glance.deleteMember(shared, beta);

    await step('ims-copy-image-cross-region', () =>
      ims.copyImageCrossRegion(shared, { name: 'coverage-xcopy', region: 'cn-east-3', projectName: 'cn-east-3_alpha', agencyName: 'ims_copy_image' }),
    );

    // ---- jobs ----
    const jobId = exported?.jobId ?? added?.jobId ?? '0'.repeat(32);
    const running = await step('ims-get-job-progress', () => ims.getJobProgress(jobId));
    check(running?.id === jobId, 'ims-get-job-progress: wrong job');
    finishJobs();
    const done = await step('ims-get-job', () => ims.getJob(jobId));
    check(done?.status === 'SUCCESS', `ims-get-job: status ${done?.status}, expected SUCCESS once the clock has moved on`);

    // ---- image data and actions (§B.6) ----
    const file = await step('glance-download-image-file', async () => {
      const f = await glance.downloadImageFile(uploaded, { range: 'bytes=4094-4097' });
      const chunks: Buffer[] = [];
      for await (const c of f.body ?? []) chunks.push(c as Buffer);
      return { ...f, bytes: Buffer.concat(chunks) };
    });
    check(
      file?.status === 206 && file.contentRange === 'bytes 4094-4097/8192' && file.bytes.equals(Buffer.from([1, 1, 2, 2])),
      `glance-download-image-file: ${file?.status} ${file?.contentRange} ${file?.bytes.toString('hex')}`,
    );
    await step('glance-deactivate-image', () => glance.deactivateImage(uploaded));
    check((await glance.getImage(uploaded)).status === 'deactivated', 'glance-deactivate-image: status is not deactivated');
    await step('glance-reactivate-image', () => glance.reactivateImage(uploaded));

    // ---- deletion ----
    await step('glance-v1-1-delete-image', () => glance.deleteImageV1_1(registerTarget?.id ?? uuidFrom('missing')));
    await step('glance-delete-image', () => glance.deleteImage(uploaded));

    const notCovered = SPEC.map((e) => e.id).filter((id) => !covered.has(id));
    expect({ failures, notCovered }).toEqual({ failures: [], notCovered: [] });
  });
});
