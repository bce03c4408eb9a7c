import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of Signoff's own code (utils/, components/, entrypoints/), read with TypeScript's own parser:
 * static imports, `export … from`, `import type` and dynamic `import()` alike. Paths are repository-relative.
 */
export const SOURCE_FOLDERS = ['utils', 'components', 'entrypoints'] as const;

export interface ImportGraph {
  /** Every source file, e.g. "utils/recipes/schema.ts". */
  files: string[];
  /** File → the source files it imports (resolved; packages and assets left out). */
  imports: Map<string, string[]>;
  /** File → the packages it imports ("wxt/browser", "dexie", "zod"). */
  packages: Map<string, string[]>;
  /** Imports of our own code that resolve to no file (a broken path would hide an edge). */
  unresolved: string[];
  /** File → its text. */
  sources: Map<string, string>;
}

const ASSET = /\.(css|json|html|svg|png)$/;

function listSources(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSources(root, path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export function readImportGraph(root: string): ImportGraph {
  const files = SOURCE_FOLDERS.flatMap((folder) => listSources(root, folder)).sort();
  const known = new Set(files);
  const imports = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const unresolved: string[] = [];
  const sources = new Map<string, string>();

  const resolve = (from: string, specifier: string): string | undefined => {
    const aliased = /^[@~]\//.test(specifier);
    if (!aliased && !specifier.startsWith('.')) return undefined;
    const base = aliased ? specifier.slice(2) : normalize(join(dirname(from), specifier));
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end).find((path) => known.has(path));
    if (!found && !ASSET.test(specifier)) unresolved.push(`${from} → ${specifier}`);
    return found;
  };

  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    sources.set(file, text);
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName);
    imports.set(file, [...new Set(specifiers.flatMap((s) => resolve(file, s) ?? []))]);
    packages.set(file, [...new Set(specifiers.filter((s) => !s.startsWith('.') && !/^[@~]\//.test(s)))]);
  }
  return { files, imports, packages, unresolved, sources };
}

/** Every import cycle, as the files of each strongly connected component (Tarjan), largest first. */
export function findCycles(imports: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of imports.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (imports.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };

  for (const file of imports.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => b.length - a.length);
}

