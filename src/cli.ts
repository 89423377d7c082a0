/**
 * The command line: `--help` (the environment variables, generated from the zod schema in config.ts so the
 * list cannot drift from what the gateway reads; meanings from the README's Configuration table, the one
 * place they are written), and the one-line message for a port already in use.
 */
import { projectPath } from './paths';
import { existsSync, readFileSync } from 'node:fs';
import { EnvSchema } from './config';

export interface EnvVarHelp {
  name: string;
  /** Default as the gateway applies it, or null when unset by default. */
  default: string | null;
  /** Allowed values for enumerations. */
  values: string[] | null;
  meaning: string;
}

const README = projectPath('README.md');

/** Meanings per variable from README's Configuration table (a row may name several variables). */
function readmeMeanings(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(README)) return out;
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf('## Configuration');
  if (start < 0) return out;
  for (const line of text.slice(start).split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim());
    if (cells.length < 5 || !cells[1]?.startsWith('`')) continue;
    const meaning = cells[3]!.replace(/`/g, '').replace(/\*\*/g, '');
    for (const m of cells[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)) out.set(m[1]!, meaning);
  }
  return out;
}

export function envVarHelp(): EnvVarHelp[] {
  const meanings = readmeMeanings();
  return Object.entries(EnvSchema.shape).map(([name, field]) => {
    const f = field as unknown as { safeParse(v: unknown): { success: boolean; data?: unknown }; _zod: { def: { innerType?: { options?: unknown[] } } }; options?: unknown[] };
    const d = f.safeParse(undefined);
    const value = d.success && d.data !== undefined ? d.data : null;
    const options = f._zod.def.innerType?.options ?? f.options ?? null;
    return {
      name,
      default: value === null ? null : Array.isArray(value) ? value.join(',') : String(value),
      values: options ? options.map(String) : null,
      meaning: meanings.get(name) ?? '',
    };
  });
}

export function helpText(): string {
  const vars = envVarHelp();
  const width = Math.max(...vars.map((v) => v.name.length)) + 2;
  const lines = [
    'IMS / Glance GraphQL gateway',
    '',
    'Usage: npm start [-- --help]        (or: tsx src/main.ts)',
    '',
    'Configured by environment variables only; with none it runs on the embedded simulator at',
    'http://127.0.0.1:4000/graphql. Example: PORT=4001 UPSTREAM=openstack GLANCE_ENDPOINT=… IAM_ENDPOINT=… npm start',
    '',
    'Environment variables (default in brackets):',
  ];
  for (const v of vars) {
    const dflt = v.default === null ? '' : ` [${v.default}]`;
    const values = v.values ? ` (${v.values.join(' | ')})` : '';
    lines.push(`  ${v.name.padEnd(width)}${v.meaning}${values}${dflt}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}

/** A listening socket that could not bind because the port is taken. */
