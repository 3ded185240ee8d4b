// The page shell: a Content-Security-Policy that allows only this page's own style and script, and nothing from a network.
import { createHash } from 'node:crypto';
import { html, trusted, type Html } from './escape.js';
import { SCRIPT } from './script.js';
import { CSS } from './style.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** No fetch, image, font, frame, form target or base URL; only the inline style and script with these exact hashes. */
const POLICY = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(SCRIPT)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;

/** A complete, self-contained HTML document around `body`. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${title}</title><style>${trusted(CSS)}</style></head>
<body>${body}<script>${trusted(SCRIPT)}</script></body></html>
`.value;
}
