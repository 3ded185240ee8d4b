// ESLint's entry point: the rules live in tools/lint/config.mjs, a workspace with its own TypeScript 5 for the parser.
export { default } from 'maildoctor-lint';
