// The page shell: doctype, a Content-Security-Policy that allows nothing to be loaded (only this
// page's own style and script, pinned by their hashes), the inline stylesheet and script.
import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './client.js';
import { esc } from './escape.js';
import type { Strings } from './i18n.js';
import { STYLES } from './styles.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Nothing may be fetched: no scripts, styles, images, fonts, frames, connections, forms or base URL. */
export const CSP =
  `default-src 'none'; script-src ${sha256(CLIENT_SCRIPT)}; style-src ${sha256(STYLES)}; ` +
  `img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; ` +
  `frame-src 'none'; worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'`;

export interface PageParts {
  title: string;
  subtitle: string;
  body: string;
  generator: string;
}

export function page(p: PageParts, s: Strings): string {
  const clientStrings = JSON.stringify({
    shown: `${s.shown} {0} ${s.of} {1}`,
    overdue: `{0} ${s.overdueCount}`,
    noLead: s.noLead,
  });
  return (
    `<!DOCTYPE html>\n<html lang="${s.htmlLang}" data-strings="${esc(clientStrings)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta name="generator" content="${esc(p.generator)}">\n` +
    `<title>${esc(p.title)}</title>\n<style>${STYLES}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#main">${esc(s.skipToContent)}</a>\n` +
    `<header class="page-head"><h1>${esc(p.title)}</h1><p>${esc(p.subtitle)}</p></header>\n` +
    `<main id="main">\n${p.body}\n</main>\n` +
    `<footer class="page-foot">${esc(s.generatedBy)} ${esc(p.generator)}</footer>\n` +
    `<script>${CLIENT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
