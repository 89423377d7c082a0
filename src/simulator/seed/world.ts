import type { Agency, Backup, Bucket, Flavor, KmsKey, Server, Vault, Volume, World } from '../model';
import { uuidFrom } from '../util';
import { projectIdOf } from './accounts';

/** What images are made from and exported to: ECSs and their disks, OBS buckets and files, KMS keys, agencies, vaults, backups. */

const GB = 1024 ** 3;

export function buildWorld(regions: string[]): World {
  const alpha = projectIdOf('alpha');
  const beta = projectIdOf('beta');
  const gamma = projectIdOf('gamma');
  const home = regions[0]!;
  const servers: Server[] = [];
  const volumes: Volume[] = [];
  const server = (projectId: string, name: string, status: Server['status'], osVersion: string, dataDisks: Array<[string, number]>, taskState: string | null = null): Server => {
    const id = uuidFrom(`server:${name}`);
    const sys: Volume = { id: uuidFrom(`volume:${name}-sys`), name: `${name}-sys`, projectId, status: 'in-use', sizeGb: 40, attachedTo: id, bootable: true, osVersion };
    volumes.push(sys);
    const data = dataDisks.map(([n, size]): Volume => ({ id: uuidFrom(`volume:${n}`), name: n, projectId, status: 'in-use', sizeGb: size, attachedTo: id, bootable: false, osVersion: null }));
    volumes.push(...data);
    const s: Server = { id, name, projectId, status, taskState, flavorId: 's6.large.2', osVersion, systemVolumeId: sys.id, dataVolumeIds: data.map((v) => v.id) };
    servers.push(s);
    return s;
  };
  server(alpha, 'ecs-web-01', 'SHUTOFF', 'CentOS 7.9 64bit', [['ecs-web-01-logs', 100], ['ecs-web-01-db', 200]]);
  server(alpha, 'ecs-app-02', 'ACTIVE', 'Ubuntu 20.04 server 64bit', [['ecs-app-02-data', 50]]);
  server(alpha, 'ecs-batch-03', 'SHUTOFF', 'CentOS 7.6 64bit', [], 'backing_up');
  server(alpha, 'ecs-broken-04', 'ERROR', 'Debian GNU/Linux 11.1.0 64bit', []);
  server(beta, 'ecs-beta-01', 'SHUTOFF', 'EulerOS 2.9 64bit', [['ecs-beta-01-data', 100]]);
  server(beta, 'ecs-beta-02', 'ACTIVE', 'Windows Server 2019 Datacenter 64bit', []);
  server(gamma, 'ecs-gamma-01', 'SHUTOFF', 'Ubuntu 22.04 server 64bit', []);
  volumes.push(
    { id: uuidFrom('volume:vol-with-os'), name: 'vol-with-os', projectId: alpha, status: 'available', sizeGb: 60, attachedTo: null, bootable: false, osVersion: 'Ubuntu 20.04 server 64bit' },
    { id: uuidFrom('volume:vol-blank'), name: 'vol-blank', projectId: alpha, status: 'available', sizeGb: 80, attachedTo: null, bootable: false, osVersion: null },
    { id: uuidFrom('volume:vol-error'), name: 'vol-error', projectId: alpha, status: 'error', sizeGb: 40, attachedTo: null, bootable: false, osVersion: null },
  );

  const bucket = (name: string, projectId: string, region: string, files: Array<[string, number]>, storageClass: Bucket['storageClass'] = 'STANDARD'): Bucket => ({
    name,
    projectId,
    region,
    storageClass,
    files: new Map(files.map(([key, sizeBytes]) => [key, { key, sizeBytes }])),
  });
  const buckets: Bucket[] = [
    bucket('ims-image', alpha, home, [
      ['centos70.qcow2', Math.round(2.3 * GB)],
      ['centos70.iso', Math.round(4.2 * GB)],
      ['centos70.zvhd2', Math.round(3.1 * GB)],
      ['ubuntu2004.vmdk', Math.round(2.8 * GB)],
      ['fedora_data1.qcow2', Math.round(1.2 * GB)],
      ['bigdata.raw', 300 * GB],
      ['bigdata.raw.bitmap', 1 << 20],
      ['nobitmap.raw', 20 * GB],
      ['huge.vhd', 200 * GB],
      ['empty.qcow2', 0],
      ['windows2019.vhd', 12 * GB],
    ]),
    bucket('image-test', alpha, home, [['fedora_data1.qcow2', Math.round(1.2 * GB)]]),
    bucket('ims-archive', alpha, home, [['old.qcow2', 3 * GB]], 'COLD'),
    bucket('ims-image-east', alpha, regions[1]!, [['centos70.qcow2', Math.round(2.3 * GB)]]),
    bucket('beta-images', beta, home, [['euler.qcow2', 3 * GB], ['data-disk.qcow2', 2 * GB]]),
  ];

  const web = servers.find((s) => s.name === 'ecs-web-01')!;
  const app = servers.find((s) => s.name === 'ecs-app-02')!;
  const betaSrv = servers.find((s) => s.name === 'ecs-beta-01')!;
  const backup = (name: string, projectId: string, kind: Backup['kind'], status: Backup['status'], srv: Server, usedByImage: string | null = null): Backup => ({
    id: uuidFrom(`backup:${name}`),
    name,
    projectId,
    kind,
    status,
    serverId: srv.id,
    usedByImage,
    osVersion: srv.osVersion,
    sizeGb: 40,
  });
  const backups: Backup[] = [
    backup('csbs-web-01-daily', alpha, 'CSBS', 'available', web),
    backup('csbs-web-01-used', alpha, 'CSBS', 'available', web, uuidFrom('image:alpha:whole-web-01')),
    backup('cbr-app-02-weekly', alpha, 'CBR', 'available', app),
    backup('cbr-app-02-running', alpha, 'CBR', 'creating', app),
    backup('cbr-beta-01', beta, 'CBR', 'available', betaSrv),
  ];
  const vault = (name: string, projectId: string, resourceType: Vault['resourceType'], freeGb: number, status: Vault['status'] = 'available'): Vault => ({
    id: uuidFrom(`vault:${name}`),
    name,
    projectId,
    resourceType,
    status,
    freeGb,
  });
  const vaults = [
    vault('vault-servers', alpha, 'server', 2000),
    vault('vault-full', alpha, 'server', 5),
    vault('vault-disks', alpha, 'disk', 2000),
    vault('vault-broken', alpha, 'server', 2000, 'error'),
    vault('vault-beta', beta, 'server', 1000),
  ];
  const key = (alias: string, projectId: string, enabled: boolean): KmsKey => ({ id: uuidFrom(`kms:${alias}`), alias, projectId, enabled });
  const keys = [key('ims/default', alpha, true), key('ims/disabled', alpha, false), key('ims/beta', beta, true)];
  const agencies: Agency[] = [];
  for (const p of [alpha, beta, gamma]) {
    agencies.push({ name: 'ims_copy_image', projectId: p, imsAdminRegions: [...regions] });
    agencies.push({ name: 'ims_readonly', projectId: p, imsAdminRegions: [] });
    agencies.push({ name: 'ims_copy_east_only', projectId: p, imsAdminRegions: [regions[0]!, regions[1]!] });
  }
  const flavors: Flavor[] = [
    { id: 's6.large.2', requires: { __support_kvm: 'true' } },
    { id: 'c7.xlarge.2', requires: { __support_kvm: 'true' } },
    { id: 'm6.2xlarge.8', requires: { __support_kvm: 'true', __support_largememory: 'true' } },
    { id: 'd2.xlarge.8', requires: { __support_diskintensive: 'true' } },
    { id: 'h3.large.2', requires: { __support_highperformance: 'true' } },
    { id: 'g5.8xlarge.4', requires: { __support_kvm_gpu_type: 'V100_vGPU' } },
    { id: 'p1.2xlarge.8', requires: { __support_kvm_gpu_type: 'P100' } },
    { id: 's3.small.1', requires: { __support_xen: 'true' } },
  ];
  return {
    servers: new Map(servers.map((s) => [s.id, s])),
    volumes: new Map(volumes.map((v) => [v.id, v])),
    buckets: new Map(buckets.map((b) => [b.name, b])),
    backups: new Map(backups.map((b) => [b.id, b])),
    vaults: new Map(vaults.map((v) => [v.id, v])),
    keys: new Map(keys.map((k) => [k.id, k])),
    agencies,
    flavors: new Map(flavors.map((f) => [f.id, f])),
    regions,
  };
}
