/** Nouns: quota, OS versions, API versions. */

// ---------------------------------------------------------------------------------------------------------------
// Quota, OS versions, API versions

export interface QuotaResource {
  /** e.g. `image`. */
  type: string;
  used: number;
  quota: number;
  min: number | null;
  max: number | null;
}

export interface Quota {
  resources: QuotaResource[];
}

export interface OsVersion {
  platform: string;
  /** Key to send (defaults to `osVersion`). */
  key: string;
  name: string;
  bits: number | null;
  osType: string | null;
}

export interface OsVersionGroup {
  platform: string;
  versions: OsVersion[];
}

export interface ApiVersion {
  /** e.g. `v2.2`. */
  id: string;
  /** `CURRENT` | `SUPPORTED` | `DEPRECATED` | … */
  status: string;
  links: { href: string; rel: string }[];
}
