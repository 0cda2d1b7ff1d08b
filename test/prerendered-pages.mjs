/**
 * Pre-rendered pages for the browser tests, made by the real command line (`book-widgets render`)
 * in a process of its own, as a site's build would:
 *
 *   /prerendered/FILE.html?element=TAG&lang=LANG&attr=NAME=VALUE&script=1
 *
 * FILE is a book of demo/data/ (without .json), or `none` for no book; `config` the page's
 * window.BookWidgets as JSON; `script=1` adds the script tag of dist/; without it
 * the page is the server's HTML alone (what a reader without JavaScript gets).
 */
import {renderWithCli} from '../scripts/render-cli.mjs';

export async function prerenderedPages(ctx, next) {
  const match = ctx.path.match(/^\/prerendered\/([a-z0-9-]+)\.html$/);
  if (!match) return next();
  const [, name] = match;
  const {element = 'book-page', lang} = ctx.query;
  const attrs = [ctx.query.attr ?? []].flat();
  const base = `${ctx.protocol}://${ctx.host}/demo/data/${name}.json`;
  // `none`: no book (the signup form).
  const args = name === 'none' ? ['--element', element] : [`demo/data/${name}.json`, '--element', element, '--base-url', base];
  if (lang) args.push('--lang', lang);
  for (const attr of attrs) args.push('--attr', attr);
  let html;
  try {
    html = await renderWithCli(args);
  } catch (error) {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = error.message;
    return;
  }
  // ?config=JSON: the page's window.BookWidgets, set before the script, as a site does.
  const config = ctx.query.config ? `<script>window.BookWidgets = ${ctx.query.config.replace(/</g, '\\u003c')};</script>` : '';
  const script = ctx.query.script ? '<script type="module" src="/dist/book-widgets.js"></script>' : '';
  ctx.type = 'text/html';
  ctx.body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">${config}</head>` +
    `<body><main>${html}</main>${script}</body></html>`;
}
