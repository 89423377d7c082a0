/**
 * Compiling edited copies of source files with the project's tsconfig, for tests that show a mistake fails `tsc`.
 * Each copy is written beside its original (so its relative imports resolve) under a *.tmp.ts name (gitignored),
 * and removed afterwards.
 */
import { rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;

/** `files`: absolute path of each copy → its source; the first is the program's root. The copies' diagnostics. */
export function diagnosticsOf(files: Record<string, string>): string[] {
  const paths = Object.keys(files);
  for (const [path, source] of Object.entries(files)) writeFileSync(path, source);
  try {
    const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([paths[0]!], { ...options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && paths.includes(d.file.fileName))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    for (const path of paths) rmSync(path, { force: true });
  }
}
