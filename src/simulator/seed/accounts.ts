import { md5Hex } from '../util';

/** Who lives in the demo world: the domain, the demo users' projects and the regions, with ids derived from names. */

export const DOMAIN = { id: 'default', name: 'Default' };

export const projectIdOf = (name: string): string => md5Hex(name);

/** Owner of the public (gold) images: the cloud's own image account. */
export const PUBLIC_OWNER = md5Hex('huaweicloud-public-images');

export const DEMO = [
  { user: 'alice', project: 'alpha', description: 'Alice’s web platform' },
  { user: 'bob', project: 'beta', description: 'Bob’s data team' },
  { user: 'carol', project: 'gamma', description: 'Carol’s sandbox' },
];

export const ALL_REGIONS = ['cn-north-4', 'cn-east-3', 'cn-south-1', 'ap-southeast-1'];
