import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint.config.js';

const SRC = path.resolve(import.meta.dirname, '../src');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm;

/** Every production source file (tests are consumers of the layers, not part of them). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const layerOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0] ?? '';

/** Folder → folders it imports, read from the import statements themselves. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(SRC + path.sep)) continue;
      const to = layerOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

describe('layers', () => {
  const graph = folderGraph();
  const layers: Record<string, readonly string[]> = LAYERS;

  it('declares every folder of src/', () => {
    expect([...graph.keys()].filter((folder) => !(folder in layers))).toEqual([]);
  });

  it('imports only the folders each layer may import', () => {
    const violations = [...graph].flatMap(([from, edges]) =>
      [...edges].filter((to) => !(layers[from] ?? []).includes(to)).map((to) => `${from} → ${to}`),
    );
    expect(violations).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (folder: string, trail: readonly string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'visiting') {
        cycles.push([...trail, folder].join(' → '));
        return;
      }
      state.set(folder, 'visiting');
      for (const next of graph.get(folder) ?? []) visit(next, [...trail, folder]);
      state.set(folder, 'done');
    };
    for (const folder of graph.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
  });
});
