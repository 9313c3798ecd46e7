/// <reference types="node" />
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// Folders of web/src must not import each other in a loop: a loop means neither can be understood, tested
// or replaced alone. Type-only imports are left out (they vanish from the build); tests are left out too.
const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder right under src/ a file lives in ('.' for App.tsx and main.tsx). */
function folderOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
}

/** Runtime imports of relative modules: `import type` and `export type … from` are skipped. */
function runtimeImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gms)) {
    if (m[1] === undefined && m[2] !== undefined) found.push(resolve(dirname(path), m[2]));
  }
  for (const m of text.matchAll(/import\('(\.[^']+)'\)/g)) if (m[1]) found.push(resolve(dirname(path), m[1]));
  return found.filter((target) => target.startsWith(SRC));
}

function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const target of runtimeImports(file)) {
      const to = folderOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      edges.set(to, `${relative(SRC, file)} → ${relative(SRC, target)}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

function findCycle(graph: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        return loop.slice(1).map((to, i) => graph.get(loop[i] ?? '')?.get(to) ?? `${loop[i]} → ${to}`);
      }
      if (state.get(next) === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (state.get(node) === undefined) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

it('no folder of web/src imports a folder that imports it back', () => {
  expect(findCycle(folderGraph())).toBeNull();
});

it('would see a loop if there were one', () => {
  const graph = new Map([
    ['a', new Map([['b', 'a/x.ts → b/y.ts']])],
    ['b', new Map([['a', 'b/y.ts → a/z.ts']])],
  ]);
  expect(findCycle(graph)).toEqual(['a/x.ts → b/y.ts', 'b/y.ts → a/z.ts']);
});
