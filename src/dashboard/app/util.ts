import type { JobKind, JobStatus } from './generated/graphql';
import type { ShownError } from './client';

export const JOB_KIND_LABEL: Record<JobKind, string> = {
  COPY_IMAGE: 'Copy',
  EXPORT_IMAGE: 'Export',
  COPY_IMAGE_TO_REGION: 'Copy to region',
  CREATE_IMAGE_FROM_SERVER: 'Image from server',
  CREATE_IMAGES_FROM_SERVER_DATA_DISKS: 'Images from data disks',
  CREATE_IMAGE_FROM_FILE: 'Import from OBS',
  CREATE_IMAGE_FROM_DATA_DISK: 'Image from data disk',
  QUICK_IMPORT_IMAGE: 'Quick import',
  CREATE_DATA_IMAGE_FROM_FILE: 'Data image from OBS',
  CREATE_WHOLE_IMAGE: 'Full-ECS image',
  REGISTER_IMAGE: 'Register OBS file',
  SHARE_IMAGES: 'Share',
  UNSHARE_IMAGES: 'Unshare',
  ANSWER_IMAGE_SHARES: 'Answer shares',
  OTHER: 'Other',
};

/** Status in words and a symbol, so it reads without colour too. */
export const STATUS_LABEL: Record<JobStatus, string> = {
  INIT: '… STARTING',
  RUNNING: '▶ RUNNING',
  SUCCESS: '✓ SUCCESS',
  FAIL: '✕ FAIL',
};

export const isDone = (s: JobStatus) => s === 'SUCCESS' || s === 'FAIL';

export function elapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h ? `${h} h ${String(m).padStart(2, '0')} min` : m ? `${m} min ${String(sec).padStart(2, '0')} s` : `${sec} s`;
}

export function bytes(n: number | null | undefined): string {
  if (n == null) return '–';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 && i ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export const errorText = (e: ShownError) => (e.code ? `${e.message} (${e.code})` : e.message);

export const time = (iso: string | number) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
