// maildoctor's ESLint flat config: the recommended rules, and the folder boundaries of DESIGN.md section 4 as import
// restrictions. Type-only imports may cross a layer boundary (they vanish when compiled); the scanner's door may not.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import specifier that reaches folder `name`, from wherever it is written. */
const reaches = (name) => `(^|/)${name}/`;

/** Everything outside src/logs/scan enters the scanner through its index. */
const SCAN_DOOR = { regex: `${reaches('scan')}(?!index\\.js$)`, message: 'the log scanner has one door: import src/logs/scan/index.js (automata, first pass, wasm and workers stay inside)' };

/** chalk, ora and cli-table3 belong to the renderers and the CLI wiring. */
const TERMINAL = ['chalk', 'ora', 'cli-table3'].map((name) => ({ name, message: 'terminal output (colour, spinner, tables) lives only in src/render and src/cli.ts' }));

/**
 * The layers, lowest first: a folder may import the ones below it, never those above. Each entry is one set of files
 * and everything it must not import; the last entry a file matches is the one that applies to it.
 */
const LAYERS = [
  { files: ['src/**'], above: [], terminal: true, door: true },
  { files: ['src/knowledge/**'], above: ['checks', 'logs', 'scheduler', 'config', 'run', 'render', 'core'], why: 'knowledge is the bottom layer: plain data and matchers' },
  { files: ['src/core/**'], above: ['checks', 'logs', 'scheduler', 'config', 'run', 'render'], why: 'core knows only the knowledge base; checks, config, run and render build on it' },
  { files: ['src/checks/**'], above: ['config', 'run', 'render'], why: 'a check returns data: it never renders, and config and run build on the checks' },
  { files: ['src/logs/**', 'src/scheduler/**'], above: ['checks', 'config', 'run', 'render'], why: 'a check returns data; logs and scheduler kinds do not reach into src/checks (its registry imports them)' },
  { files: ['src/logs/scan/**'], above: ['checks', 'config', 'run', 'render'], why: 'a check returns data; the scanner is reached only through its index', door: false },
  { files: ['src/config/**'], above: ['run', 'render'], why: 'config loads and validates; run builds on it' },
  { files: ['src/render/**'], above: ['checks', 'logs', 'scheduler', 'config', 'run'], why: 'a renderer is a pure function of the report', terminal: false },
  { files: ['src/cli.ts'], above: [], terminal: false },
];

function layerRule({ above, why, terminal = true, door = true }) {
  const patterns = [...(door ? [{ ...SCAN_DOOR, allowTypeImports: false }] : []), ...above.map((name) => ({ regex: reaches(name), message: why, allowTypeImports: true }))];
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths: terminal ? TERMINAL : [] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tools/**', 'wasm/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...nodeGlobals() } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Binary-data and ANSI detection match control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  ...LAYERS.map((layer) => ({ files: layer.files, rules: layerRule(layer) })),
  { files: ['test/**', 'bench/**'], rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' } },
);

/** The globals Node.js gives every module. */
function nodeGlobals() {
  const names = ['console', 'process', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'AbortController', 'AbortSignal', 'performance', 'structuredClone', 'TextDecoder', 'TextEncoder', 'WebAssembly', 'DOMException', 'fetch', 'Headers', 'Response', 'Request', '__dirname', 'NodeJS'];
  return Object.fromEntries(names.map((n) => [n, 'readonly']));
}
