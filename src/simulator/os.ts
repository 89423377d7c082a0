/** OS versions (§C.5.1) and what IMS derives from them (`__platform`, `__os_type`, `__os_bit`). */

export interface OsInfo {
  platform: string;
  osType: 'Linux' | 'Windows' | 'Other';
  osBit: '32' | '64';
}

const PLATFORMS: Array<[RegExp, string]> = [
  [/^Windows/i, 'Windows'],
  [/^Ubuntu/i, 'Ubuntu'],
  [/^(Red ?hat|Red Hat)/i, 'RedHat'],
  [/^openSUSE/i, 'OpenSUSE'],
  [/^SUSE/i, 'SUSE'],
  [/^CentOS/i, 'CentOS'],
  [/^Debian/i, 'Debian'],
  [/^Oracle Linux/i, 'Oracle Linux'],
  [/^Fedora/i, 'Fedora'],
  [/^CoreOS/i, 'CoreOS'],
  [/^(EulerOS|Huawei Cloud EulerOS)/i, 'EulerOS'],
  [/^openEuler/i, 'openEuler'],
  [/^NeoKylin/i, 'NeoKylin'],
];

export function osInfo(version: string): OsInfo {
  const platform = PLATFORMS.find(([re]) => re.test(version))?.[1] ?? 'Other';
  const osType = platform === 'Windows' ? 'Windows' : /^Other\(/.test(version) ? 'Linux' : 'Linux';
  const osBit = /32 ?bit/i.test(version) ? '32' : '64';
  return { platform, osType, osBit };
}

export const DEFAULT_OS_VERSION = 'Other Linux(64 bit)';

interface OsVersionEntry {
  version: string;
  bms: boolean;
  uefi: boolean;
}

/** What `GET /v1/cloudimages/os_version` answers in the simulated region. */
const OS_VERSIONS: OsVersionEntry[] = [
  ...['8.0', '7.9', '7.6', '7.5', '7.4', '7.3', '7.2', '7.0', '6.10', '6.9', '6.8', '6.5'].map((v) => ({
    version: `CentOS ${v} 64bit`,
    bms: ['7.6', '7.4', '7.3'].includes(v),
    uefi: ['8.0', '7.9', '7.6'].includes(v),
  })),
  { version: 'CentOS 6.10 32bit', bms: false, uefi: false },
  ...['22.04', '20.04', '18.04', '16.04', '14.04'].map((v) => ({
    version: `Ubuntu ${v} server 64bit`,
    bms: v === '18.04' || v === '16.04',
    uefi: ['22.04', '20.04', '18.04'].includes(v),
  })),
  { version: 'Ubuntu 14.04 server 32bit', bms: false, uefi: false },
  ...['12.0.0', '11.1.0', '10.0.0', '9.0.0', '8.8.0'].map((v) => ({
    version: `Debian GNU/Linux ${v} 64bit`,
    bms: false,
    uefi: v.startsWith('1'),
  })),
  ...['2.9', '2.5', '2.3', '2.2'].map((v) => ({ version: `EulerOS ${v} 64bit`, bms: v !== '2.9', uefi: v === '2.9' || v === '2.5' })),
  { version: 'Huawei Cloud EulerOS 2.0 64bit', bms: true, uefi: true },
  { version: 'openEuler 20.03 64bit', bms: true, uefi: true },
  { version: 'openEuler 22.03 64bit', bms: false, uefi: true },
  ...[
    'Windows Server 2022 Datacenter 64bit',
    'Windows Server 2019 Standard 64bit',
    'Windows Server 2019 Datacenter 64bit',
    'Windows Server 2016 Standard 64bit',
    'Windows Server 2016 Datacenter 64bit',
    'Windows Server 2012 R2 Standard 64bit',
    'Windows Server 2012 R2 Datacenter 64bit',
    'Windows Server 2008 R2 Enterprise 64bit',
    'Windows 10 64bit',
  ].map((version) => ({ version, bms: version.includes('2016') || version.includes('2012 R2 Standard'), uefi: version.includes('2019') || version.includes('2022') })),
  ...['15 SP1', '15', '12 SP5', '12 SP4', '12 SP3', '11 SP4'].map((v) => ({
    version: `SUSE Linux Enterprise Server ${v} 64bit`,
    bms: v.startsWith('12'),
    uefi: v.startsWith('15'),
  })),
  ...['15.0', '42.3'].map((v) => ({ version: `openSUSE ${v} 64bit`, bms: false, uefi: v === '15.0' })),
  ...['7.6', '7.5', '7.4', '6.10'].map((v) => ({ version: `Oracle Linux Server release ${v} 64bit`, bms: v === '7.4', uefi: v === '7.6' })),
  ...['8.0', '7.6', '7.4', '6.10', '6.6'].map((v) => ({ version: `Redhat Linux Enterprise ${v} 64bit`, bms: v === '7.4', uefi: v === '8.0' })),
  { version: 'Redhat Linux Enterprise 6.6 32bit', bms: false, uefi: false },
  ...['30', '29', '28'].map((v) => ({ version: `Fedora ${v} 64bit`, bms: false, uefi: v === '30' })),
  { version: 'CoreOS 2023.5.0 64bit', bms: false, uefi: false },
  { version: 'NeoKylin 7.4 64bit', bms: false, uefi: false },
  { version: 'Other Linux(64 bit)', bms: false, uefi: false },
  { version: 'Other(32 bit)', bms: false, uefi: false },
];

export function osVersionList(filter: { bms: boolean; uefi: boolean }): Array<{
  platform: string;
  version_list: Array<{ platform: string; os_version_key: string; os_version: string; os_bit: number; os_type: string }>;
}> {
  const groups = new Map<string, Array<{ platform: string; os_version_key: string; os_version: string; os_bit: number; os_type: string }>>();
  for (const e of OS_VERSIONS) {
    if (filter.bms && !e.bms) continue;
    if (filter.uefi && !e.uefi) continue;
    const info = osInfo(e.version);
    const list = groups.get(info.platform) ?? [];
    list.push({ platform: info.platform, os_version_key: e.version, os_version: e.version, os_bit: Number(info.osBit), os_type: info.osType });
    groups.set(info.platform, list);
  }
  return [...groups].map(([platform, version_list]) => ({ platform, version_list }));
}

export function isKnownOsVersion(version: string): boolean {
  return OS_VERSIONS.some((e) => e.version === version);
}
