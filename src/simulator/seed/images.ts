import { buildImage, type NewImage } from '../images';
import type { SimState } from '../state';
import { fakeSha512Hex, isoSeconds, md5Hex, uuidFrom } from '../util';
import { DEMO, PUBLIC_OWNER, projectIdOf } from './accounts';

/** The seeded images: public (gold) images in every region, each demo project's private and shared images, and the optional bulk. */

const GB = 1024 ** 3;

/** Seeded timestamps start here and never collide. */
const PUBLIC_BASE = Date.UTC(2021, 0, 4, 8, 0, 0);

const PRIVATE_BASE = Date.UTC(2023, 2, 1, 9, 0, 0);

const DAY = 86_400_000;

const HOUR = 3_600_000;

/** A seeded image with data gets the hashes Glance would have computed on upload (checksum in the spec, sha512). */
function storeSeededImage(state: SimState, spec: NewImage): void {
  const img = buildImage(spec);
  if (spec.sizeBytes != null) img.props.os_hash_value = fakeSha512Hex(spec.id);
  state.images.set(spec.id, img);
}

/**
 * SIM_EXTRA_IMAGES: N more private images in each demo project, for benchmarks of long lists through the public
 * API. They are outside the quota (the simulated quota counts only the seeded world) and deterministic.
 */
export function seedExtraImages(state: SimState, n: number): void {
  const oses = ['CentOS 7.9 64bit', 'Ubuntu 22.04 server 64bit', 'Debian GNU/Linux 11.1.0 64bit', 'EulerOS 2.9 64bit', 'openEuler 22.03 64bit'];
  for (const d of DEMO) {
    const owner = projectIdOf(d.project);
    for (let i = 0; i < n; i++) {
      const id = uuidFrom(`image:${d.project}:extra-${i}`);
      const sizeBytes = (1 + (i % 7)) * GB;
      storeSeededImage(state, {
        id,
        region: state.region,
        owner,
        name: `${d.project}-bulk-${String(i).padStart(5, '0')}`,
        status: 'active',
        createdMs: PRIVATE_BASE - (i + 1) * HOUR,
        osVersion: oses[i % oses.length]!,
        tags: [`bulk=${i % 10}`, 'env=bench'],
        sizeBytes,
        checksum: md5Hex(`checksum:${id}`),
        extra: { __description: `bulk image ${i}` },
      });
      state.quotaExempt.add(id);
    }
  }
}

type PublicSpec = [name: string, os: string, sizeGb: number, extra?: Record<string, unknown>, minRam?: number];

const KVM = { __support_kvm: 'true' };

const KVM_XEN = { __support_kvm: 'true', __support_xen: 'true' };

const UEFI = { hw_firmware_type: 'uefi' };

const PUBLIC_IMAGES: PublicSpec[] = [
  ['CentOS 6.10 64bit', 'CentOS 6.10 64bit', 1.1, KVM_XEN],
  ['CentOS 7.2 64bit', 'CentOS 7.2 64bit', 1.4, { ...KVM_XEN, __support_largememory: 'true', __support_diskintensive: 'true', __support_highperformance: 'true' }],
  ['CentOS 7.3 64bit vivado', 'CentOS 7.3 64bit', 9.2, { __support_kvm_fpga_type: 'VU9P', __support_fc_inject: 'true' }, 2048],
  ['CentOS 7.6 64bit', 'CentOS 7.6 64bit', 1.6, { ...KVM, __support_largememory: 'true' }],
  ['CentOS 7.6 64bit with GPU driver', 'CentOS 7.6 64bit', 4.5, { __support_kvm_gpu_type: 'V100_vGPU' }, 4096],
  ['CentOS 7.9 64bit', 'CentOS 7.9 64bit', 1.7, { ...KVM, __support_highperformance: 'true' }],
  ['CentOS 8.0 64bit', 'CentOS 8.0 64bit', 1.9, { ...KVM, ...UEFI }],
  ['Ubuntu 16.04 server 64bit', 'Ubuntu 16.04 server 64bit', 1.2, KVM_XEN],
  ['Ubuntu 18.04 server 64bit', 'Ubuntu 18.04 server 64bit', 1.3, KVM],
  ['Ubuntu 20.04 server 64bit', 'Ubuntu 20.04 server 64bit', 1.5, KVM],
  ['Ubuntu 22.04 server 64bit', 'Ubuntu 22.04 server 64bit', 1.8, { ...KVM, ...UEFI }],
  ['Ubuntu 22.04 server 64bit for Arm', 'Ubuntu 22.04 server 64bit', 1.6, { ...KVM, ...UEFI, __support_arm: 'true' }],
  ['Debian 9.0.0 64bit', 'Debian GNU/Linux 9.0.0 64bit', 0.9, KVM_XEN],
  ['Debian 10.0.0 64bit', 'Debian GNU/Linux 10.0.0 64bit', 1.0, KVM],
  ['Debian 11.1.0 64bit', 'Debian GNU/Linux 11.1.0 64bit', 1.1, KVM],
  ['EulerOS 2.5 64bit', 'EulerOS 2.5 64bit', 1.3, KVM_XEN],
  ['EulerOS 2.9 64bit', 'EulerOS 2.9 64bit', 1.4, KVM],
  ['Huawei Cloud EulerOS 2.0 Standard 64 bit', 'Huawei Cloud EulerOS 2.0 64bit', 1.5, { ...KVM, ...UEFI }],
  ['openEuler 20.03 64bit', 'openEuler 20.03 64bit', 1.3, KVM],
  ['openEuler 22.03 64bit', 'openEuler 22.03 64bit', 1.4, { ...KVM, ...UEFI }],
  ['Windows Server 2012 R2 Standard 64bit', 'Windows Server 2012 R2 Standard 64bit', 14.5, { ...KVM_XEN, __support_highperformance: 'true' }, 2048],
  ['Windows Server 2016 Datacenter 64bit', 'Windows Server 2016 Datacenter 64bit', 16.2, KVM, 2048],
  ['Windows Server 2016 Standard 64bit', 'Windows Server 2016 Standard 64bit', 16.0, KVM, 2048],
  ['Windows Server 2019 Datacenter 64bit', 'Windows Server 2019 Datacenter 64bit', 18.4, KVM, 2048],
  ['Windows Server 2019 Standard 64bit', 'Windows Server 2019 Standard 64bit', 18.1, KVM, 2048],
  ['Windows Server 2022 Datacenter 64bit', 'Windows Server 2022 Datacenter 64bit', 20.3, { ...KVM, ...UEFI }, 4096],
  ['SUSE Linux Enterprise Server 12 SP5 64bit', 'SUSE Linux Enterprise Server 12 SP5 64bit', 1.9, { ...KVM, __support_largememory: 'true', __support_diskintensive: 'true' }],
  ['SUSE Linux Enterprise Server 15 SP1 64bit', 'SUSE Linux Enterprise Server 15 SP1 64bit', 2.0, KVM],
  ['openSUSE 15.0 64bit', 'openSUSE 15.0 64bit', 1.2, KVM],
  ['Oracle Linux Server release 7.6 64bit', 'Oracle Linux Server release 7.6 64bit', 1.6, KVM],
  ['Redhat Linux Enterprise 7.6 64bit', 'Redhat Linux Enterprise 7.6 64bit', 1.8, { ...KVM, __support_largememory: 'true' }],
  ['Fedora 30 64bit', 'Fedora 30 64bit', 1.0, KVM],
  ['CoreOS 2023.5.0 64bit', 'CoreOS 2023.5.0 64bit', 0.8, KVM],
  ['CentOS 7.6 64bit for BMS', 'CentOS 7.6 64bit', 2.2, { __support_s4l: 'true', __support_kvm_infiniband: 'true' }],
];

export function seedPublicImages(state: SimState, regions: string[]): void {
  PUBLIC_IMAGES.forEach(([name, os, sizeGb, extra, minRam], i) => {
    const sizeBytes = Math.round(sizeGb * GB);
    const bms = name.endsWith('for BMS');
    const img = buildImage({
      id: uuidFrom(`image:public:${name}`),
      region: regions[0]!,
      owner: PUBLIC_OWNER,
      isPublic: true,
      name,
      createdMs: PUBLIC_BASE + i * 9 * DAY + (i % 5) * HOUR,
      osVersion: os,
      protected: true,
      minDisk: os.startsWith('Windows') ? 50 : 40,
      minRam: minRam ?? 0,
      sizeBytes,
      checksum: md5Hex(`checksum:${name}`),
      virtualEnvType: bms ? 'Ironic' : 'FusionCompute',
      extra: { ...extra, __support_amd: 'false' },
    });
    img.props.os_hash_value = fakeSha512Hex(`${name}`);
    state.images.set(img.id, img);
  });
  // A couple of public images elsewhere, seen through the central region list.
  for (const region of regions.slice(1)) {
    ['CentOS 7.9 64bit', 'Ubuntu 22.04 server 64bit'].forEach((name, i) => {
      const img = buildImage({
        id: uuidFrom(`image:public:${region}:${name}`),
        region,
        owner: PUBLIC_OWNER,
        isPublic: true,
        name,
        createdMs: PUBLIC_BASE + (i + 1) * 30 * DAY,
        osVersion: name,
        protected: true,
        sizeBytes: Math.round(1.7 * GB),
        checksum: md5Hex(`checksum:${region}:${name}`),
        extra: KVM,
      });
      state.images.set(img.id, img);
    });
  }
}

interface PrivateSpec {
  key: string;
  name: string;
  os?: string;
  tags?: string[];
  status?: string;
  protected?: boolean;
  sizeGb?: number;
  description?: string;
  extra?: Record<string, unknown>;
  virtualEnvType?: string;
  diskFormat?: string;
  minDisk?: number;
}

function privateSpecs(project: string, peer: string): PrivateSpec[] {
  const serverId = uuidFrom(`server:ecs-${project === 'alpha' ? 'web' : project}-01`);
  return [
    { key: 'web-prod', name: `${project}-web-prod`, os: 'CentOS 7.9 64bit', tags: ['env=prod', 'app=nginx', 'web'], description: 'Production web tier', extra: { __originalimagename: uuidFrom('image:public:CentOS 7.9 64bit'), __data_origin: `instance,${serverId}` } },
    { key: 'web-staging', name: `${project}-web-staging`, os: 'CentOS 7.9 64bit', tags: ['env=staging', 'app=nginx'] },
    { key: 'db-base', name: `${project}-db-base`, os: 'Ubuntu 20.04 server 64bit', tags: ['env=prod', 'tier=db'], protected: true, description: 'Protected database golden image' },
    { key: 'ci-agent', name: `${project}-ci-agent`, os: 'Debian GNU/Linux 11.1.0 64bit', tags: ['ci'] },
    { key: 'upload-pending', name: `${project}-upload-pending`, os: 'Ubuntu 22.04 server 64bit', status: 'queued', tags: [] },
    { key: 'data-logs', name: `${project}-data-logs`, virtualEnvType: 'DataImage', tags: ['kind=data'], os: 'Other Linux(64 bit)', sizeGb: 100, extra: { __data_origin: `volume,${uuidFrom('volume:ecs-web-01-logs')}` } },
    { key: 'windows-iis', name: `${project}-windows-iis`, os: 'Windows Server 2019 Datacenter 64bit', tags: ['env=prod', 'app=iis'], sizeGb: 22, minDisk: 50 },
    { key: 'encrypted', name: `${project}-encrypted-base`, os: 'EulerOS 2.9 64bit', tags: ['secure=kms'], extra: { __system__cmkid: uuidFrom(`kms:ims/${project === 'alpha' ? 'default' : 'beta'}`) } },
    { key: 'imported', name: `${project}-imported-qcow2`, os: 'CentOS 7.0 64bit', tags: ['source=obs'], diskFormat: 'zvhd2', extra: { __root_origin: 'file', __data_origin: 'file,ims-image:centos70.qcow2' } },
    { key: 'big', name: `${project}-analytics-200g`, os: 'CentOS 7.6 64bit', tags: ['size=large'], sizeGb: 200, minDisk: 200 },
    { key: 'tag-full', name: `${project}-tag-full`, os: 'CentOS 7.6 64bit', tags: Array.from({ length: 10 }, (_, i) => `k${i}=v${i}`) },
    { key: 'shared-accepted', name: `${project}-shared-with-${peer}-accepted`, os: 'Ubuntu 22.04 server 64bit', tags: ['share=accepted'] },
    { key: 'shared-pending', name: `${project}-shared-with-${peer}-pending`, os: 'Ubuntu 22.04 server 64bit', tags: ['share=pending'] },
  ];
}

export function seedPrivateImages(state: SimState): void {
  const alpha = projectIdOf('alpha');
  const beta = projectIdOf('beta');
  const gamma = projectIdOf('gamma');
  let seq = 0;
  const add = (project: string, owner: string, s: PrivateSpec): string => {
    const id = uuidFrom(`image:${project}:${s.key}`);
    const sizeBytes = s.status === 'queued' ? null : Math.round((s.sizeGb ?? 1.8) * GB);
    const spec: NewImage = {
      id,
      region: state.region,
      owner,
      name: s.name,
      status: s.status ?? 'active',
      createdMs: PRIVATE_BASE + seq++ * 7 * HOUR,
      osVersion: s.os,
      tags: s.tags,
      protected: s.protected,
      sizeBytes,
      checksum: sizeBytes === null ? null : md5Hex(`checksum:${id}`),
      virtualEnvType: s.virtualEnvType,
      diskFormat: s.diskFormat,
      minDisk: s.minDisk,
      extra: { __description: s.description ?? '', ...s.extra },
    };
    storeSeededImage(state, spec);
    return id;
  };
  for (const [project, owner, peer] of [
    ['alpha', alpha, 'beta'],
    ['beta', beta, 'alpha'],
  ] as const) {
    for (const s of privateSpecs(project, peer)) add(project, owner, s);
  }
  // A full-ECS image built from a CSBS backup (that backup is now "used").
  add('alpha', alpha, {
    key: 'whole-web-01',
    name: 'alpha-whole-web-01',
    os: 'CentOS 7.9 64bit',
    tags: ['kind=whole'],
    extra: { __whole_image: 'true', __backup_id: uuidFrom('backup:csbs-web-01-used'), __data_origin: `server_backup,${uuidFrom('backup:csbs-web-01-used')}` },
  });
  add('alpha', alpha, { key: 'rejected-by-gamma', name: 'alpha-shared-with-gamma-rejected', os: 'Fedora 30 64bit', tags: ['share=rejected'] });
  add('gamma', gamma, { key: 'sandbox', name: 'gamma-sandbox', os: 'Ubuntu 22.04 server 64bit', tags: ['env=dev'] });
  add('gamma', gamma, { key: 'tools', name: 'gamma-tools', os: 'Debian GNU/Linux 10.0.0 64bit', tags: [] });
  add('gamma', gamma, { key: 'shared-with-alpha', name: 'gamma-shared-with-alpha-pending', os: 'openEuler 22.03 64bit', tags: [] });

  const share = (imageKey: string, member: string, status: 'pending' | 'accepted' | 'rejected'): void => {
    const img = state.images.get(uuidFrom(`image:${imageKey}`))!;
    const at = isoSeconds(PRIVATE_BASE + 60 * DAY + img.members.size * HOUR);
    img.members.set(member, { memberId: member, status, createdAt: at, updatedAt: at });
  };
  share('alpha:shared-accepted', beta, 'accepted');
  share('alpha:shared-pending', beta, 'pending');
  share('beta:shared-accepted', alpha, 'accepted');
  share('beta:shared-pending', alpha, 'pending');
  share('alpha:rejected-by-gamma', gamma, 'rejected');
  share('gamma:shared-with-alpha', alpha, 'pending');
}
