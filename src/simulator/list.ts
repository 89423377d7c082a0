import { SimError, img as imgError } from './http';
import type { ImageRecord, MemberStatus } from './model';
import type { SimState } from './state';

/** Query parameters as the list APIs read them: every value of a repeated key, in order. */
export type Query = Map<string, string[]>;

export function parseQuery(rawQuery: string): Query {
  const q: Query = new Map();
  for (const [k, v] of new URLSearchParams(rawQuery)) {
    const list = q.get(k) ?? [];
    list.push(v);
    q.set(k, list);
  }
  return q;
}

export const first = (q: Query, k: string): string | undefined => q.get(k)?.[0];

export type ListApi = 'glance' | 'ims' | 'region' | 'v1';

interface ListSpec {
  api: ListApi;
  defaultLimit: number;
  maxLimit: number;
  sortKeys: string[];
  /** Keys this API understands itself; any other key filters on an image property of that name (Glance). */
  region?: string;
}

const GLANCE_SORT_KEYS = ['name', 'container_format', 'disk_format', 'status', 'id', 'size', 'created_at', 'updated_at', 'min_disk', 'min_ram'];

export const LIST_SPECS: Record<ListApi, ListSpec> = {
  glance: { api: 'glance', defaultLimit: 25, maxLimit: 1000, sortKeys: GLANCE_SORT_KEYS },
  ims: { api: 'ims', defaultLimit: 500, maxLimit: 500, sortKeys: ['name', 'container_format', 'disk_format', 'status', 'id', 'size', 'created_at'] },
  region: { api: 'region', defaultLimit: 500, maxLimit: 500, sortKeys: ['name', 'status', 'disk_format', 'created_at'] },
  v1: { api: 'v1', defaultLimit: 25, maxLimit: 1000, sortKeys: GLANCE_SORT_KEYS },
};

const NOT_PROPERTY_FILTERS = new Set([
  'marker',
  'limit',
  'sort_key',
  'sort_dir',
  'page',
  'member_status',
  'visibility',
  'tag',
  'created_at',
  'updated_at',
  'id',
  'name',
  'status',
  'owner',
  'protected',
  'size_min',
  'size_max',
  'min_ram',
  'min_disk',
  'flavor_id',
  'enterprise_project_id',
  '__imagetype',
  'container_format',
  'disk_format',
  'changes-since',
  'is_public',
]);

const STATUSES = ['queued', 'saving', 'active', 'killed', 'deleted', 'pending_delete', 'deactivated', 'uploading', 'importing'];
const TIME_OPS = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'];

function invalid(message: string, code = 'IMG.0001'): SimError {
  return new SimError(400, code, message);
}

function parseInteger(name: string, raw: string, min = 0): number {
  if (!/^-?\d+$/.test(raw)) throw invalid(`Invalid value for ${name}: '${raw}'. It must be an integer.`);
  const n = Number(raw);
  if (n < min) throw invalid(`Invalid value for ${name}: '${raw}'. It must be >= ${min}.`);
  return n;
}

function parseBool(name: string, raw: string): boolean {
  const v = raw.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw invalid(`Invalid value for ${name}: '${raw}'. It must be true or false.`);
}

/** `yyyy-MM-ddThh:mm:ssZ` or `yyyy-MM-dd hh:mm:ss` (UTC), per §A.1.1; also accepts fractional seconds. */
export function parseTime(raw: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  if (!m) return undefined;
  const t = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}${m[8] ? (m[8] === 'Z' ? 'Z' : m[8]) : 'Z'}`);
  return Number.isNaN(t) ? undefined : t;
}

type Predicate = (img: ImageRecord) => boolean;

function timeFilter(state: SimState, field: 'created_at' | 'updated_at', raw: string): Predicate {
  const colon = raw.indexOf(':');
  const op = colon > 0 ? raw.slice(0, colon) : '';
  if (!TIME_OPS.includes(op)) throw invalid(`Invalid ${field} filter '${raw}': expected <op>:<time> with op one of ${TIME_OPS.join(', ')}.`);
  const t = parseTime(raw.slice(colon + 1));
  if (t === undefined) throw invalid(`Invalid time in ${field} filter '${raw}': use yyyy-MM-ddThh:mm:ssZ or yyyy-MM-dd hh:mm:ss.`);
  return (img) => {
    const v = Date.parse(String(img.props[field]));
    switch (op) {
      case 'gt':
        return v > t;
      case 'gte':
        return v >= t;
      case 'lt':
        return v < t;
      case 'lte':
        return v <= t;
      case 'eq':
        return v === t;
      default:
        return v !== t;
    }
  };
}

/** `in:a,b,c` (Glance) or a single exact value. */
function oneOf(raw: string): string[] {
  return raw.startsWith('in:') ? raw.slice(3).split(',').map((s) => s.replace(/^"|"$/g, '')) : [raw];
}

export interface ListResult {
  images: ImageRecord[];
  hasMore: boolean;
  limit: number;
}

/**
 * The shared list engine of `/v2/images`, `/v2/cloudimages`, `/v1/cloudimages/tags`, `/v1/cloudimages/{region}`
 * and `/v1.1/images/detail`: visibility for the caller's project, the documented filters, stable sort and
 * marker paging (the marker is compared by sort tuple, so it works even when the marker image is filtered out).
 */
export function listImages(state: SimState, projectId: string, q: Query, api: ListApi, opts: { region?: string; paginate?: boolean } = {}): ListResult {
  const spec = LIST_SPECS[api];
  const region = opts.region ?? state.region;
  const preds: Predicate[] = [];

  // --- visibility ---
  const visibility = first(q, 'visibility');
  const allowedVis = api === 'region' ? ['public', 'private'] : ['public', 'private', 'shared', 'community', 'all'];
  if (visibility !== undefined && !allowedVis.includes(visibility)) throw invalid(`Invalid visibility value: ${visibility}`);
  const memberStatusRaw = first(q, 'member_status');
  if (memberStatusRaw !== undefined && !['pending', 'accepted', 'rejected', 'all'].includes(memberStatusRaw)) {
    throw invalid(`Invalid member_status value: ${memberStatusRaw}`);
  }
  const memberStatus = (memberStatusRaw ?? 'accepted') as MemberStatus | 'all';
  const isHome = region === state.region;
  const ownerProjects = new Set([projectId]);
  if (!isHome) {
    // In another region the tenant's images are those of its project there (`<region>_<name>`).
    const home = state.projects.get(projectId);
    for (const p of state.projects.values()) if (home && p.region === region && p.name === `${region}_${home.name}`) ownerProjects.add(p.id);
  }
  const visible = (img: ImageRecord): boolean => {
    const vis = api === 'region' ? (img.isPublic ? 'public' : 'private') : state.visibility(img);
    if (visibility && visibility !== 'all' && vis !== visibility) return false;
    if (img.isPublic) return true;
    if (ownerProjects.has(img.owner)) return true;
    if (api === 'region') return false;
    // Glance lists others' community images only when asked for them (visibility=community or all).
    if (vis === 'community') return visibility === 'community' || visibility === 'all';
    const m = img.members.get(projectId);
    return !!m && vis === 'shared' && (memberStatus === 'all' || m.status === memberStatus);
  };

  // Glance hides `os_hidden` images from lists unless the filter asks for them (`os_hidden=true|false`).
  if (api === 'glance' && first(q, 'os_hidden') === undefined) preds.push((img) => img.props.os_hidden !== true);

  // --- validated filters ---
  const imagetype = first(q, '__imagetype');
  if (imagetype !== undefined) {
    const allowed = api === 'region' ? ['gold', 'private', 'market'] : ['gold', 'private', 'shared', 'market'];
    if (!allowed.includes(imagetype)) throw imgError('IMG.0024', `Unsupported __imagetype '${imagetype}'.`);
    preds.push((img) => (api === 'region' ? (img.isPublic ? 'gold' : 'private') : state.imageType(img)) === imagetype);
  }
  const osType = first(q, '__os_type');
  if (osType !== undefined && !['Linux', 'Windows', 'Other'].includes(osType)) throw imgError('IMG.0056', `Unsupported __os_type '${osType}'.`);
  const osBit = first(q, '__os_bit');
  if (osBit !== undefined && !['32', '64'].includes(osBit)) throw invalid(`Invalid __os_bit value: ${osBit}`);
  for (const s of q.get('status') ?? []) {
    for (const v of oneOf(s)) if (!STATUSES.includes(v)) throw invalid(`Invalid status value: ${v}`);
    if (api === 'region' && s === 'queued') throw invalid('Invalid status value: queued');
    const set = oneOf(s);
    preds.push((img) => set.includes(img.deleted ? 'deleted' : String(img.props.status)));
  }
  for (const [key, field] of [
    ['id', 'id'],
    ['name', 'name'],
    ['container_format', 'container_format'],
    ['disk_format', 'disk_format'],
  ] as const) {
    for (const raw of q.get(key) ?? []) {
      const set = api === 'glance' || key === 'id' ? oneOf(raw) : [raw];
      preds.push((img) => set.includes(field === 'id' ? img.id : String(img.props[field])));
    }
  }
  const owner = first(q, 'owner');
  if (owner !== undefined) preds.push((img) => img.owner === owner);
  const prot = first(q, 'protected');
  if (prot !== undefined) {
    const b = parseBool('protected', prot);
    preds.push((img) => img.props.protected === b);
  }
  const isPublicV1 = first(q, 'is_public');
  if (isPublicV1 !== undefined && api === 'v1') {
    const b = parseBool('is_public', isPublicV1);
    preds.push((img) => img.isPublic === b);
  }
  for (const k of ['min_ram', 'min_disk'] as const) {
    const raw = first(q, k);
    if (raw !== undefined) {
      const n = parseInteger(k, raw);
      preds.push((img) => img.props[k] === n);
    }
  }
  for (const [k, cmp] of [
    ['size_min', (a: number, b: number) => a >= b],
    ['size_max', (a: number, b: number) => a <= b],
  ] as const) {
    const raw = first(q, k);
    if (raw !== undefined) {
      const n = parseInteger(k, raw);
      preds.push((img) => typeof img.props.size === 'number' && cmp(img.props.size, n));
    }
  }
  for (const field of ['created_at', 'updated_at'] as const) {
    for (const raw of q.get(field) ?? []) preds.push(timeFilter(state, field, raw));
  }
  const changesSince = first(q, 'changes-since');
  if (changesSince !== undefined) {
    const t = parseTime(changesSince);
    if (t === undefined) throw invalid(`Invalid changes-since value: ${changesSince}`);
    preds.push((img) => Date.parse(String(img.props.updated_at)) >= t);
  }
  for (const tag of q.get('tag') ?? []) preds.push((img) => img.tags.includes(tag));
  const ep = first(q, 'enterprise_project_id');
  if (ep !== undefined && ep !== 'all_granted_eps') preds.push((img) => String(img.props.enterprise_project_id ?? '0') === ep);
  const flavorId = first(q, 'flavor_id');
  if (flavorId !== undefined && api === 'ims') {
    const flavor = state.world.flavors.get(flavorId);
    if (!flavor) throw imgError('IMG.0192', `Unknown flavor '${flavorId}'.`);
    preds.push((img) => Object.entries(flavor.requires).every(([k, v]) => img.props[k] === v));
  }
  const gpu = ['__support_xen_gpu_type', '__support_kvm_gpu_type', '__support_xen_hana'].find((k) => q.has(k));
  if (gpu && (q.has('__support_xen') || q.has('__support_kvm'))) throw invalid(`${gpu} cannot be combined with __support_xen or __support_kvm.`);
  if (q.has('__support_kvm_infiniband') && q.has('__support_xen')) throw invalid('__support_kvm_infiniband cannot be combined with __support_xen.');

  // Everything else is an exact match on a property of that name, as Glance does with extra properties.
  for (const [k, values] of q) {
    if (NOT_PROPERTY_FILTERS.has(k)) continue;
    if (api === 'v1' && !['name', 'container_format', 'disk_format', 'status'].includes(k)) continue;
    for (const v of values) preds.push((img) => img.props[k] !== undefined && img.props[k] !== null && String(img.props[k]) === v);
  }

  // --- sort ---
  const sortKeysRaw = q.get('sort_key') ?? [];
  const sortKeys: string[] = [];
  for (const raw of sortKeysRaw) {
    for (const k0 of raw.split(',')) {
      const k = k0 === 'create_at' ? 'created_at' : k0;
      if (!spec.sortKeys.includes(k)) throw invalid(`Invalid sort key: ${k0}. It must be one of: ${spec.sortKeys.join(', ')}.`);
      sortKeys.push(k);
    }
  }
  const sortDirRaw = q.get('sort_dir') ?? [];
  for (const d of sortDirRaw) if (d !== 'asc' && d !== 'desc') throw invalid(`Invalid sort direction: ${d}. It must be asc or desc.`);
  const dir = sortDirRaw[0] === 'asc' ? 1 : -1;
  for (const k of ['created_at', 'id']) if (!sortKeys.includes(k)) sortKeys.push(k);
  const valueOf = (img: ImageRecord, k: string): string | number | null => {
    if (k === 'id') return img.id;
    const v = img.props[k];
    return v === undefined || v === null ? null : typeof v === 'number' ? v : String(v);
  };
  const compare = (a: ImageRecord, b: ImageRecord): number => {
    for (const k of sortKeys) {
      if (k === 'created_at') {
        const order = a.createdOrder[0] - b.createdOrder[0] || a.createdOrder[1] - b.createdOrder[1];
        if (order !== 0) return Math.sign(order) * dir;
        continue;
      }
      const va = valueOf(a, k);
      const vb = valueOf(b, k);
      if (va === vb) continue;
      if (va === null) return -dir;
      if (vb === null) return dir;
      return (va < vb ? -1 : 1) * dir;
    }
    return 0;
  };

  // --- paging ---
  const paginate = opts.paginate ?? true;
  const limitRaw = first(q, 'limit');
  let limit = spec.defaultLimit;
  if (limitRaw !== undefined) limit = Math.min(parseInteger('limit', limitRaw), spec.maxLimit);
  const markerId = first(q, 'marker');

  const pool = state.regionImages(region).filter(visible);
  let list = pool.filter((img) => preds.every((p) => p(img))).sort(compare);
  if (markerId !== undefined) {
    const marker = [...state.images.values()].find((i) => i.id === markerId && i.region === region && !i.deleted && visible(i));
    if (!marker) throw invalid(`Invalid marker: image ${markerId} could not be found.`);
    list = list.filter((img) => compare(img, marker) > 0);
  }
  if (!paginate) return { images: list, hasMore: false, limit };
  return { images: list.slice(0, limit), hasMore: list.length > limit && limit > 0, limit };
}

/** Glance's `first`/`next` links: the original query, marker removed (first) or replaced (next). */
export function pageLinks(path: string, rawQuery: string, result: ListResult): { first: string; next?: string } {
  const params = new URLSearchParams(rawQuery);
  params.delete('marker');
  const base = params.toString();
  const firstLink = base ? `${path}?${base}` : path;
  if (!result.hasMore) return { first: firstLink };
  const last = result.images[result.images.length - 1]!;
  const next = new URLSearchParams(base);
  next.append('marker', last.id);
  return { first: firstLink, next: `${path}?${next.toString()}` };
}
