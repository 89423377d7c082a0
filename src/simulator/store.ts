import { mkdtempSync, rmSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the simulator keeps image data uploaded through Glance: one file per image in a private temporary
 * directory, like Glance's `file` store. Files rather than memory, so a 2 GB upload is streamed to disk and
 * a download streams it back without either end holding it. Removed on close.
 */
export class ImageStore {
  private dir: string | undefined;

  private root(): string {
    this.dir ??= mkdtempSync(join(tmpdir(), 'ims-sim-store-'));
    return this.dir;
  }

  pathFor(imageId: string): string {
    return join(this.root(), imageId);
  }

  async remove(path: string | undefined): Promise<void> {
    if (path) await unlink(path).catch(() => undefined);
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
