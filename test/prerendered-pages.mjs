/**
 * Pre-rendered pages for the browser tests, made by the real command line (`book-widgets render`)
 * in a process of its own, as a site's build would:
 *
 *   /prerendered/FILE.html?element=TAG&lang=LANG&attr=NAME=VALUE&script=1
 *
 * FILE is a book of demo/data/ (without .json); `script=1` adds the script tag of dist/; without it
 * the page is the server's HTML alone (what a reader without JavaScript gets).
 */
import {execFile} from 'node:child_process';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rendered = new Map();

const renderCli = (args) =>
  new Promise((done, fail) =>
    execFile(process.execPath, [resolve(root, 'bin/book-widgets.js'), 'render', ...args], {cwd: root}, (error, stdout, stderr) =>
      error ? fail(new Error(stderr || error.message)) : done(stdout),
    ),
  );

export async function prerenderedPages(ctx, next) {
  const match = ctx.path.match(/^\/prerendered\/([a-z0-9-]+)\.html$/);
  if (!match) return next();
  const [, name] = match;
  const {element = 'book-page', lang} = ctx.query;
  const attrs = [ctx.query.attr ?? []].flat();
  const base = `${ctx.protocol}://${ctx.host}/demo/data/${name}.json`;
  const args = [`demo/data/${name}.json`, '--element', element, '--base-url', base];
  if (lang) args.push('--lang', lang);
  for (const attr of attrs) args.push('--attr', attr);
  const key = JSON.stringify(args);
  if (!rendered.has(key)) rendered.set(key, renderCli(args));
  let html;
  try {
    html = await rendered.get(key);
  } catch (error) {
    rendered.delete(key);
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = error.message;
    return;
  }
  const script = ctx.query.script ? '<script type="module" src="/dist/book-widgets.js"></script>' : '';
  ctx.type = 'text/html';
  ctx.body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
    `<body><main>${html}</main>${script}</body></html>`;
}
