/** The simulator's in-memory state: the cloud it stands in for. */

export type MemberStatus = 'pending' | 'accepted' | 'rejected';

export interface Member {
  memberId: string;
  status: MemberStatus;
  createdAt: string;
  updatedAt: string;
  /** Set when a CBR full-ECS image is accepted into a vault. */
  vaultId?: string;
}

/**
 * One image. `props` holds the wire attributes under their wire names (core Glance attributes, IMS `__*`
 * extensions, custom properties added with PATCH). Visibility and `__imagetype` are derived on output: an
 * image with members is `shared`, as IMS reports it.
 */
export interface ImageRecord {
  id: string;
  region: string;
  owner: string;
  isPublic: boolean;
  /**
   * Glance's stored visibility of a non-public image. Unset (seeded and IMS-made images): derived, `shared`
   * once it has members (IMS shares private images directly). Glance-created images start `shared` as in Glance.
   */
  visibility?: 'private' | 'shared' | 'community';
  /** Image data the simulator holds (uploaded through Glance): a file in the simulator's store directory. */
  dataFile?: string;
  props: Record<string, unknown>;
  tags: string[];
  members: Map<string, Member>;
  /** Soft-deleted by the v1.1 API: kept with status `deleted`, invisible to the v2 APIs. */
  deleted: boolean;
  deletedAt: string | null;
  /**
   * Creation order finer than `created_at` (whole seconds on the wire): Glance stores microseconds, so
   * images created within one second still list newest first. Milliseconds, then a creation counter.
   */
  createdOrder: [number, number];
}

export interface Project {
  id: string;
  name: string;
  region: string;
  domainId: string;
  description: string;
}

export interface DemoUser {
  id: string;
  name: string;
  password: string;
  domain: { id: string; name: string };
  /** The project the user's tokens are scoped to by default. */
  project: { id: string; name: string };
  /** Demo AK/SK pair (simulator only) for SDK-HMAC-SHA256 signed requests. */
  accessKey: string;
  secretKey: string;
}

export interface Token {
  id: string;
  userId: string;
  projectId: string;
  issuedAt: number;
  expiresAt: number;
}

// --- The simulated world around IMS: what image creation reads and writes. ---

export interface Server {
  id: string;
  name: string;
  projectId: string;
  /** Nova-style status: ACTIVE (running), SHUTOFF (stopped), ERROR … */
  status: 'ACTIVE' | 'SHUTOFF' | 'ERROR';
  /** A task in progress (e.g. a backup) blocks image creation. */
  taskState: string | null;
  flavorId: string;
  osVersion: string;
  systemVolumeId: string;
  dataVolumeIds: string[];
}

export interface Volume {
  id: string;
  name: string;
  projectId: string;
  status: 'in-use' | 'available' | 'error';
  sizeGb: number;
  attachedTo: string | null;
  bootable: boolean;
  /** OS found on the disk, when one is installed. */
  osVersion: string | null;
}

export interface ObsFile {
  key: string;
  sizeBytes: number;
}

export interface Bucket {
  name: string;
  projectId: string;
  region: string;
  storageClass: 'STANDARD' | 'WARM' | 'COLD';
  files: Map<string, ObsFile>;
}

export interface Backup {
  id: string;
  name: string;
  projectId: string;
  kind: 'CSBS' | 'CBR';
  status: 'available' | 'creating' | 'error' | 'deleted';
  serverId: string;
  usedByImage: string | null;
  osVersion: string;
  sizeGb: number;
}

export interface Vault {
  id: string;
  name: string;
  projectId: string;
  resourceType: 'server' | 'disk';
  status: 'available' | 'error';
  freeGb: number;
}

export interface KmsKey {
  id: string;
  alias: string;
  projectId: string;
  enabled: boolean;
}

export interface Agency {
  name: string;
  projectId: string;
  /** Regions where the agency holds IMS Administrator. */
  imsAdminRegions: string[];
}

export interface Flavor {
  id: string;
  /** Public images usable by the flavor must carry this flag = "true" (or this GPU type). */
  requires: Record<string, string>;
}

export interface World {
  servers: Map<string, Server>;
  volumes: Map<string, Volume>;
  buckets: Map<string, Bucket>;
  backups: Map<string, Backup>;
  vaults: Map<string, Vault>;
  keys: Map<string, KmsKey>;
  agencies: Agency[];
  flavors: Map<string, Flavor>;
  /** Every region the simulated cloud has; the first is the simulator's own. */
  regions: string[];
}

// --- Jobs ---

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';

export interface JobOutcome {
  /** Step (1-based, counted in job steps after submission) at which the job ends. */
  endStep: number;
  errorCode: string | null;
  failReason: string | null;
}

export interface BatchResult {
  image_id: string;
  project_id: string;
  status: 'success' | 'failed';
  error_code?: string;
  error_msg?: string;
}

export interface Job {
  id: string;
  subJobId: string;
  projectId: string;
  type: string;
  tasks: string[];
  beginMs: number;
  imageName: string | null;
  /** The image the job works on (export, register, copy source) or has created. */
  imageId: string | null;
  outcome: JobOutcome;
  /** Applied once, when the job reaches its end; returns the entities a finished job reports. */
  complete: (atMs: number) => { imageId?: string | null; imageName?: string | null; results?: BatchResult[]; failed?: { code: string; reason: string } };
  finished: null | {
    status: 'SUCCESS' | 'FAIL';
    endMs: number;
    imageId: string | null;
    imageName: string | null;
    results?: BatchResult[];
    errorCode: string | null;
    failReason: string | null;
  };
}
