import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GlanceClient,
  HttpClient,
  ImsClient,
  UpstreamError,
  parseTimestamp,
  toPercent,
} from '../../src/upstream';
import { tokenAuth } from './helpers';

const ORIGIN = 'http://ims.test';
const PROJECT = '0123456789abcdef0123456789abcdef';
const IMAGE_ID = 'bc6bed6e-ba3a-4447-afcc-449174a3eb52';

interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Routes every request to `respond`, recording what was sent. */
function mockUpstream(respond: (req: Seen) => { status: number; body?: unknown; headers?: Record<string, string> }) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const seen: Seen[] = [];
  agent
    .get(ORIGIN)
    .intercept({ path: () => true, method: () => true })
    .reply((opts) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries((opts.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = String(v);
      const req: Seen = { method: opts.method, path: opts.path, headers, body: typeof opts.body === 'string' ? opts.body : undefined };
      seen.push(req);
      const r = respond(req);
      const data = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
      return { statusCode: r.status, data, responseOptions: { headers: { 'content-type': 'application/json', ...r.headers } } };
    })
    .persist();
  const http = new HttpClient({ dispatcher: agent, sleep: async () => {} });
  const auth = tokenAuth('token-for-tests-0000');
  return {
    seen,
    agent,
    ims: new ImsClient({ http, baseUrl: ORIGIN, auth, projectId: PROJECT }),
    glance: new GlanceClient({ http, baseUrl: ORIGIN, auth }),
  };
}

let agents: MockAgent[] = [];
afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});
function upstream(respond: Parameters<typeof mockUpstream>[0]) {
  const u = mockUpstream(respond);
  agents.push(u.agent);
  return u;
}

/** The §A.1.1 list example, plus an unknown key. */
const IMS_IMAGE = {
  schema: '/v2/schemas/image',
  min_disk: 100,
  created_at: '2018-09-06T14:03:27Z',
  __image_source_type: 'uds',
  container_format: 'bare',
  file: `/v2/images/${IMAGE_ID}/file`,
  updated_at: '2018-09-06T15:17:33Z',
  protected: true,
  checksum: 'd41d8cd98f00b204e9800998ecf8427e',
  __support_kvm_fpga_type: 'VU9P',
  id: IMAGE_ID,
  __isregistered: 'true',
  min_ram: 2048,
  __lazyloading: 'true',
  owner: '1bed856811654c1cb661a6ca845ebc77',
  __os_type: 'Linux',
  __imagetype: 'gold',
  visibility: 'public',
  virtual_env_type: 'FusionCompute',
  tags: ['env=prod', 'plain'],
  __platform: 'CentOS',
  size: 0,
  __os_bit: '64',
  __os_version: 'CentOS 7.3 64bit',
  name: 'CentOS 7.3 64bit vivado',
  self: `/v2/images/${IMAGE_ID}`,
  disk_format: 'zvhd2',
  virtual_size: null,
  hw_firmware_type: 'BIOS',
  status: 'active',
  __support_fc_inject: 'true',
  __support_xen: 'false',
  __image_size: '449261568',
  __backup_id: '',
  __support_agent_list: 'hss,ces',
  __sequence_num: '0',
  __whole_image: false,
  __brand_new_field: { nested: 1 },
  data_source: 'instance:a7c6deda-99eb-4f58-b7b4-04a36b75401b',
};

describe('wire → domain: images', () => {
  it('maps an IMS image: string booleans, numeric strings, timestamps, support flags, extra keys kept', async () => {
    const u = upstream(() => ({ status: 200, body: { images: [IMS_IMAGE] } }));
    const page = await u.ims.listImages({ limit: 10 });
    expect(page.nextMarker).toBeUndefined();
    const img = page.images[0]!;
    expect(img).toMatchObject({
      id: IMAGE_ID,
      name: 'CentOS 7.3 64bit vivado',
      status: 'active',
      visibility: 'public',
      imageType: 'gold',
      protected: true,
      registered: true,
      lazyLoading: true,
      wholeImage: false,
      osBits: 64,
      osType: 'Linux',
      platform: 'CentOS',
      minDiskGb: 100,
      minRamMb: 2048,
      sizeBytes: 0,
      virtualSizeBytes: null,
      imageSizeBytes: 449261568,
      backupId: null,
      systemDiskSlot: 0,
      firmwareType: 'bios',
      storageType: 'uds',
      createdAt: '2018-09-06T14:03:27.000Z',
      updatedAt: '2018-09-06T15:17:33.000Z',
      tags: [{ key: 'env', value: 'prod' }, { key: 'plain', value: '' }],
      fileUrl: `/v2/images/${IMAGE_ID}/file`,
    });
    expect(img.support).toMatchObject({ cloudInitInjectionUnsupported: true, xen: false, kvm: null, kvmFpgaType: 'VU9P', agents: ['hss', 'ces'] });
    expect(img.extraProperties).toEqual({
      __brand_new_field: { nested: 1 },
      data_source: 'instance:a7c6deda-99eb-4f58-b7b4-04a36b75401b',
    });
    expect(img.tags).toEqual([{ key: 'env', value: 'prod' }, { key: 'plain', value: '' }]);
  });

  it('accepts the region list form (boolean __isregistered, market type)', async () => {
    const u = upstream(() => ({
      status: 200,
      body: { images: [{ ...IMS_IMAGE, __isregistered: true, __imagetype: 'market', __support_arm: 'true', deleted: false, deleted_at: '' }] },
    }));
    const page = await u.ims.listRegionImages('cn-north-4');
    expect(page.images[0]).toMatchObject({ registered: true, imageType: 'market', deleted: false, deletedAt: null });
    expect(page.images[0]!.support.arm).toBe(true);
    expect(u.seen[0]!.path).toBe('/v1/cloudimages/cn-north-4');
  });

  it('refuses literal IMS segments as a region id', async () => {
    const u = upstream(() => ({ status: 200, body: { images: [] } }));
    await expect(u.ims.listRegionImages('quota')).rejects.toThrow(/not a region id/);
    expect(u.seen).toHaveLength(0);
  });

  it('sets nextMarker on a full IMS page and from the Glance next link', async () => {
    const u = upstream((req) =>
      req.path.startsWith('/v2/cloudimages')
        ? { status: 200, body: { images: [IMS_IMAGE] } }
        : {
            status: 200,
            body: {
              schema: '/v2/schemas/images',
              first: '/v2/images?__imagetype=gold&limit=1',
              next: `/v2/images?__imagetype=gold&limit=1&marker=${IMAGE_ID}`,
              images: [IMS_IMAGE],
            },
          },
    );
    expect((await u.ims.listImages({ limit: 1 })).nextMarker).toBe(IMAGE_ID);
    expect((await u.glance.listImages({ imageType: 'gold', limit: 1 })).nextMarker).toBe(IMAGE_ID);
  });

  it('maps the deprecated v1.1 list (is_public, properties, zone-less microsecond timestamps)', async () => {
    const u = upstream(() => ({
      status: 200,
      body: {
        images: [
          {
            status: 'active', deleted_at: null, name: 'cirros', deleted: false, container_format: 'bare',
            created_at: '2016-05-22T06:04:20.425843', disk_format: 'qcow2', updated_at: '2016-05-22T06:04:22.719791',
            min_disk: 0, protected: false, id: '3c3d1d01-b48a-4639-8a88-08be3b9b5d78', min_ram: 0,
            checksum: '64d7c1cd2b6f60c92c14662941cb7913', owner: '23f4cb75768d4febb39542ef6fe169f3', is_public: true,
            virtual_size: null, properties: { __os_type: 'Linux', custom_key: 'v' }, size: 13167616,
          },
        ],
      },
    }));
    const [img] = await u.glance.listImagesV1_1({ diskFormat: 'qcow2' });
    expect(u.seen[0]!.path).toBe('/v1.1/images/detail?disk_format=qcow2');
    expect(img).toMatchObject({
      visibility: 'public',
      osType: 'Linux',
      sizeBytes: 13167616,
      createdAt: '2016-05-22T06:04:20.425Z',
      deleted: false,
    });
    expect(img!.extraProperties).toEqual({ custom_key: 'v' });
  });

  it('maps the deprecated v1 HEAD metadata headers', async () => {
    const u = upstream(() => ({
      status: 200,
      headers: {
        'x-image-meta-id': IMAGE_ID,
        'x-image-meta-name': 'cirros',
        'x-image-meta-status': 'active',
        'x-image-meta-is_public': 'False',
        'x-image-meta-protected': 'False',
        'x-image-meta-min_disk': '40',
        'x-image-meta-size': '13167616',
        'x-image-meta-created_at': '2016-05-22T06:04:20.000000',
        'x-image-meta-deleted': 'False',
        'x-image-meta-property-__os_type': 'Linux',
      },
    }));
    const img = await u.glance.headImageV1(IMAGE_ID);
    expect(u.seen[0]!.method).toBe('HEAD');
    expect(img).toMatchObject({ id: IMAGE_ID, name: 'cirros', visibility: 'private', protected: false, minDiskGb: 40, sizeBytes: 13167616, osType: 'Linux', deleted: false });
  });

  it('reports a meaningless attribute as malformed when it is read, naming the image and the attribute; the rest reads', async () => {
    const u = upstream(() => ({ status: 200, body: { ...IMS_IMAGE, __isregistered: 'maybe' } }));
    const image = await u.glance.getImage(IMAGE_ID);
    expect(image.name).toBe(IMS_IMAGE.name);
    let e: unknown;
    try {
      void image.registered;
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(UpstreamError);
    expect((e as UpstreamError).kind).toBe('malformed');
    expect((e as UpstreamError).message).toContain(IMAGE_ID);
    expect((e as UpstreamError).message).toContain('__isregistered');
  });

  it('refuses a response whose image has no id, or no status, as malformed', async () => {
    for (const body of [{ ...IMS_IMAGE, id: '' }, { ...IMS_IMAGE, status: undefined }, [IMS_IMAGE]]) {
      const u = upstream(() => ({ status: 200, body }));
      const e = (await u.glance.getImage(IMAGE_ID).catch((x: unknown) => x)) as UpstreamError;
      expect(e).toBeInstanceOf(UpstreamError);
      expect(e.kind).toBe('malformed');
      expect(e.message).toContain('glance-get-image');
    }
  });

  it('reads a status the references do not list as unknown, with the raw value beside it', async () => {
    const u = upstream(() => ({ status: 200, body: { ...IMS_IMAGE, status: 'Quarantined' } }));
    const image = await u.glance.getImage(IMAGE_ID);
    expect(image.status).toBe('unknown');
    expect(image.statusRaw).toBe('Quarantined');
  });
});

describe('wire → domain: jobs', () => {
  it('normalizes a running job: fraction → percent, legacy time, lower-case batch results', async () => {
    const u = upstream(() => ({
      status: 200,
      body: {
        status: 'running',
        entities: {
          image_id: 'e9e91bff-14b6-4a0b-8377-4ed0813e3360',
          image_name: 'asdf',
          process_percent: 0.2,
          current_task: 'CreateImageByInstanceTask',
          results: [
            { image_id: '49e9447f-7dff-41e0-8036-f66fe5488c8b', project_id: '089b2f9a3d80d3062f24c00ca4ed5cbd', status: 'success' },
            { image_id: '59e9447f-7dff-41e0-8036-f66fe5488c8b', project_id: '189b2f9a3d80d3062f24c00ca4ed5cbd', status: 'failed' },
          ],
          vendor_detail: 'x',
        },
        job_id: 'ff8080814dbd65d7014dbe0d84db0013',
        job_type: 'createImageByInstance',
        begin_time: '04-Jun-2015 18:11:06:586',
        end_time: '',
        error_code: null,
        fail_reason: null,
        trace: 't-1',
      },
    }));
    const job = await u.ims.getJob('ff8080814dbd65d7014dbe0d84db0013');
    expect(u.seen[0]!.path).toBe(`/v1/${PROJECT}/jobs/ff8080814dbd65d7014dbe0d84db0013`);
    expect(job).toEqual({
      id: 'ff8080814dbd65d7014dbe0d84db0013',
      type: 'createImageByInstance',
      status: 'RUNNING',
      progressPercent: 20,
      currentTask: 'CreateImageByInstanceTask',
      beginTime: '2015-06-04T18:11:06.586Z',
      endTime: null,
      errorCode: null,
      failReason: null,
      imageId: 'e9e91bff-14b6-4a0b-8377-4ed0813e3360',
      imageName: 'asdf',
      subJobId: null,
      results: [
        { imageId: '49e9447f-7dff-41e0-8036-f66fe5488c8b', projectId: '089b2f9a3d80d3062f24c00ca4ed5cbd', status: 'SUCCESS' },
        { imageId: '59e9447f-7dff-41e0-8036-f66fe5488c8b', projectId: '189b2f9a3d80d3062f24c00ca4ed5cbd', status: 'FAIL' },
      ],
      extraProperties: { trace: 't-1', 'entities.vendor_detail': 'x' },
    });
  });

  it('reads the progress API (ISO times, subJobId) and a failed terminal job', async () => {
    const u = upstream(() => ({
      status: 200,
      body: {
        job_id: 'ff80808280c204e30180d2784c3c0d86',
        job_type: 'imsCopyImageInRegionJob',
        begin_time: '2022-05-17T14:42:20.859Z',
        end_time: '2022-05-17T14:45:00.001Z',
        status: 'FAILED',
        error_code: 'IMG.0001',
        fail_reason: 'disk error',
        entities: { process_percent: 1, subJobId: 'ff80808280ca6cd30180d278b9db0221' },
      },
    }));
    const job = await u.ims.getJobProgress('ff80808280c204e30180d2784c3c0d86');
    expect(u.seen[0]!.path).toBe('/v1/cloudimages/job/ff80808280c204e30180d2784c3c0d86');
    expect(job).toMatchObject({
      status: 'FAIL',
      progressPercent: 100,
      beginTime: '2022-05-17T14:42:20.859Z',
      endTime: '2022-05-17T14:45:00.001Z',
      errorCode: 'IMG.0001',
      failReason: 'disk error',
      subJobId: 'ff80808280ca6cd30180d278b9db0221',
    });
  });

  it('rejects an unknown job status as malformed', async () => {
    const u = upstream(() => ({ status: 200, body: { job_id: 'a', status: 'WEIRD' } }));
    await expect(u.ims.getJob('a')).rejects.toMatchObject({ kind: 'malformed', endpoint: 'ims-get-job' });
  });

  it('scales fractions, keeps percentages, and parses both time formats', () => {
    expect(toPercent(0.4)).toBe(40);
    expect(toPercent(0)).toBe(0);
    expect(toPercent(55)).toBe(55);
    expect(parseTimestamp('2018-10-28 10:00:00')).toBe('2018-10-28T10:00:00.000Z');
    expect(parseTimestamp('2022-05-17T14:42:20.859+08:00')).toBe('2022-05-17T06:42:20.859Z');
    expect(parseTimestamp('17-May-2022 14:42:20:859')).toBe('2022-05-17T14:42:20.859Z');
    expect(parseTimestamp('yesterday')).toBeUndefined();
  });
});

describe('domain → wire: requests', () => {
  it('sends list filters with their wire names', async () => {
    const u = upstream(() => ({ status: 200, body: { images: [] } }));
    await u.ims.listImages({
      imageType: 'shared',
      visibility: 'shared',
      memberStatus: 'accepted',
      support: { kvm: true, xen: false, kvmGpuType: 'V100' },
      osType: 'Linux',
      tag: { key: 'env', value: 'prod' },
      createdAt: { op: 'lt', time: new Date('2018-10-28T10:00:00Z') },
      sortKey: 'createdAt',
      sortDir: 'asc',
      wholeImage: true,
      limit: 5,
    });
    const url = new URL(u.seen[0]!.path, ORIGIN);
    expect(url.pathname).toBe('/v2/cloudimages');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      __imagetype: 'shared',
      visibility: 'shared',
      member_status: 'accepted',
      __support_kvm: 'true',
      __support_kvm_gpu_type: 'V100',
      __os_type: 'Linux',
      tag: 'env=prod',
      created_at: 'lt:2018-10-28T10:00:00Z',
      sort_key: 'created_at',
      sort_dir: 'asc',
      __whole_image: 'true',
      limit: '5',
    });
  });

  it('sends several ids as id=in:… on the Glance list', async () => {
    const u = upstream(() => ({ status: 200, body: { images: [], first: '/v2/images' } }));
    await u.glance.listImages({ ids: ['a', 'b'] });
    expect(new URL(u.seen[0]!.path, ORIGIN).searchParams.get('id')).toBe('in:a,b');
  });

  it('builds each create mode body and returns the job id', async () => {
    const u = upstream(() => ({ status: 200, body: { job_id: '8a12fc664fb4daa3014fb4e581380005' } }));
    const job = await u.ims.createImage({
      from: 'server',
      name: 'ims_test',
      serverId: '877a2cda-ba63-4e1e-b95f-e67e48b6129a',
      tags: [{ key: 'aaa', value: '111' }],
    });
    expect(job).toEqual({ jobId: '8a12fc664fb4daa3014fb4e581380005' });
    expect(JSON.parse(u.seen[0]!.body!)).toEqual({
      name: 'ims_test',
      instance_id: '877a2cda-ba63-4e1e-b95f-e67e48b6129a',
      image_tags: [{ key: 'aaa', value: '111' }],
    });
    await u.ims.createImage({ from: 'serverDataDisks', dataDisks: [{ name: 'd', volumeId: 'v' }] });
    expect(JSON.parse(u.seen[1]!.body!)).toEqual({ data_images: [{ name: 'd', volume_id: 'v' }] });
    await u.ims.createImage({ from: 'file', name: 'f', imageUrl: 'b:f.qcow2', minDiskGb: 40, osVersion: 'CentOS 7.0 64bit', configInitialized: true });
    expect(JSON.parse(u.seen[2]!.body!)).toEqual({ name: 'f', image_url: 'b:f.qcow2', min_disk: 40, os_version: 'CentOS 7.0 64bit', is_config_init: true });
    await u.ims.createImage({ from: 'dataDisk', name: 's', volumeId: 'v', osVersion: 'CentOS 7.0 64bit', serverType: 'ECS' });
    expect(JSON.parse(u.seen[3]!.body!)).toEqual({ name: 's', volume_id: 'v', os_version: 'CentOS 7.0 64bit', type: 'ECS' });
    expect(u.seen.every((r) => r.method === 'POST' && r.path === '/v2/cloudimages/action')).toBe(true);
  });

  it('sends both Glance patch dialects with their content types, booleans as IMS strings', async () => {
    const u = upstream(() => ({ status: 200, body: IMS_IMAGE }));
    const ops = [
      { op: 'replace' as const, field: 'name' as const, value: 'n2' },
      { op: 'add' as const, field: 'support.kvm' as const, value: true },
      { op: 'remove' as const, customProperty: 'my/prop' },
    ];
    await u.glance.updateImage(IMAGE_ID, ops);
    await u.glance.updateImage(IMAGE_ID, ops, 'v2.0');
    expect(u.seen[0]!.headers['content-type']).toBe('application/openstack-images-v2.1-json-patch');
    expect(JSON.parse(u.seen[0]!.body!)).toEqual([
      { op: 'replace', path: '/name', value: 'n2' },
      { op: 'add', path: '/__support_kvm', value: 'true' },
      { op: 'remove', path: '/my~1prop' },
    ]);
    expect(u.seen[1]!.headers['content-type']).toBe('application/openstack-images-v2.0-json-patch');
    expect(JSON.parse(u.seen[1]!.body!)).toEqual([
      { replace: '/name', value: 'n2' },
      { add: '/__support_kvm', value: 'true' },
      { remove: '/my~1prop' },
    ]);
  });

  it('accepts 300 for the version documents', async () => {
    const u = upstream(() => ({
      status: 300,
      body: { versions: [{ status: 'CURRENT', id: 'v2.2', links: [{ href: 'http://x/v2/', rel: 'self' }] }] },
    }));
    expect(await u.glance.listVersions()).toEqual([{ id: 'v2.2', status: 'CURRENT', links: [{ href: 'http://x/v2/', rel: 'self' }] }]);
  });

  it('encodes path parameters', async () => {
    const u = upstream(() => ({ status: 204 }));
    await u.glance.addTag(IMAGE_ID, 'a b/c');
    expect(u.seen[0]!.path).toBe(`/v2/images/${IMAGE_ID}/tags/a%20b%2Fc`);
  });
});
