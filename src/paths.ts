/**
 * Files the running gateway reads from its own checkout (the canonical operations for GraphiQL, the dashboard's
 * source, the README for --help). Found from the project root, so they resolve the same under tsx (src/…) and
 * from the compiled bundle (dist/main.js), whose modules sit at another depth.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    if (dirname(dir) === dir) throw new Error(`project root not found above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const projectPath = (...parts: string[]): string => join(PROJECT_ROOT, ...parts);
