// Part of npm run lint: no import cycle between src/ files, and none between feature folders (src/core, src/checks/mail,
// src/logs/scan, ...). Type-only imports are left out (they vanish when compiled); `import()` counts for folders.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** Top-level folders whose sub-folders are feature folders of their own. */
const SPLIT = new Set(['checks', 'logs', 'scheduler']);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The src/ files one file imports: static value imports, and with `lazy` its import() calls too. */
function importsOf(file, lazy) {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?'(\.[^']+)';/gm)].map((m) => m[1]);
  if (lazy) specs.push(...[...text.matchAll(/\bimport\('(\.[^']+)'\)/g)].map((m) => m[1]));
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** The feature folder of a file: `core`, `render`, `checks/mail`, `logs/scan`, `logs` for the files directly in src/logs. */
function folderOf(file) {
  const parts = relative(SRC, file).split('/');
  if (parts.length === 1) return '.';
  return SPLIT.has(parts[0]) && parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Strongly connected components of more than one node (or a node importing itself): the cycles. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  const visit = (v) => {
    state.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!state.has(w)) {
        visit(w);
        state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
      } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
    if (state.get(v).low === state.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        state.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!state.has(v)) visit(v);
  return found;
}

const all = files(SRC);
const fileGraph = new Map(all.map((f) => [relative(SRC, f), new Set(importsOf(f, false).map((t) => relative(SRC, t)))]));
const folderGraph = new Map();
for (const f of all) {
  const from = folderOf(f);
  if (!folderGraph.has(from)) folderGraph.set(from, new Set());
  for (const t of importsOf(f, true)) if (folderOf(t) !== from) folderGraph.get(from).add(folderOf(t));
}

const problems = [...cycles(fileGraph).map((c) => `files: ${c.join(' <-> ')}`), ...cycles(folderGraph).map((c) => `folders: ${c.join(' <-> ')}`)];
if (problems.length > 0) {
  console.error(`import cycles in src/:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`no import cycles: ${fileGraph.size} files, ${folderGraph.size} folders`);
}
