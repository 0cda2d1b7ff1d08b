/**
 * The benchmark's pages and data, served by its own server: the widgets, the same content as static
 * HTML and CSS (captured from the rendered widgets, with declarative shadow DOM), and iframes each
 * holding one card, the way most book embeds work. JSON files answer after a set latency.
 */
import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';

const demoFile = 'demo/data/designing-machine-learning-systems.json';
const head = (title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>` +
  `<style>body{margin:0;padding:16px;font-family:system-ui,sans-serif}.cards{display:grid;grid-template-columns:repeat(auto-fill,320px);gap:12px}.cards>*{width:320px}iframe{width:320px;height:120px;border:0}</style>`;
// The script tag as pasted (the autoloader and its chunks), or with ?one-file the one-file bundle.
const script = (url) =>
  `<script type="module" src="/dist/book-widgets${url.searchParams.has('one-file') ? '.bundle' : ''}.js"></script>`;

/**
 * The built files, as a static host or a CDN serves them: bytes from memory, no work per request.
 * (The dev server that serves the rest reads and scans every script it serves for imports to
 * rewrite: on this 2-core machine that work, done for each chunk, was timed as the chunks' cost.)
 */
const distFiles = new Map();
const types = {'.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json'};

export function benchPages({latency = 100, statics = new Map()} = {}) {
  const bodies = new Map();
  return async function pages(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (/^\/dist\/[\w/.-]+$/.test(url.pathname) && !url.pathname.includes('..') && types[extname(url.pathname)]) {
      if (!distFiles.has(url.pathname)) distFiles.set(url.pathname, await readFile(`.${url.pathname}`).catch(() => null));
      const body = distFiles.get(url.pathname);
      if (!body) return next();
      ctx.type = types[extname(url.pathname)];
      ctx.body = body;
      return;
    }
    // Book files, after the set latency; /bench/data/book-N.json are distinct copies of the demo book.
    const data = url.pathname.match(/^\/bench\/data\/book-(\d+)\.json$/);
    if (data || url.pathname === '/bench/data/book.json') {
      const key = `${data?.[1] ?? ''} ${url.searchParams.has('broken-covers')}`;
      // Made once per file and kept, so the server answers like a static host: the set latency,
      // not this server's own work, is what the page waits for.
      if (!bodies.has(key)) {
        const book = JSON.parse(await readFile(demoFile, 'utf8'));
        book.cover.src = url.searchParams.has('broken-covers')
          ? '/bench/missing-cover.png'
          : '/demo/data/covers/designing-machine-learning-systems.svg';
        if (data) book.title = `${book.title} (${data[1]})`;
        book.related = book.related.map((r) => `/demo/data/${r}`);
        bodies.set(key, JSON.stringify(book));
      }
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('latency') ?? latency)));
      ctx.type = 'application/json';
      ctx.body = bodies.get(key);
      return;
    }
    const page = url.pathname.match(/^\/bench\/page\/([a-z-]+)$/)?.[1];
    if (!page) return next();
    const n = Number(url.searchParams.get('n') ?? 1);
    const distinct = url.searchParams.has('distinct');
    const query = url.searchParams.has('broken-covers') ? '?broken-covers' : '';
    const lat = url.searchParams.get('latency');
    const q = (extra) => [query.slice(1), lat !== null ? `latency=${lat}` : '', extra].filter(Boolean).join('&');
    const src = (i) => `/bench/data/${distinct ? `book-${i}` : 'book'}.json${q() ? `?${q()}` : ''}`;
    ctx.type = 'text/html';
    if (page === 'widget-page') {
      // ?preload: with the preload README recommends, so the file is fetched while the script loads.
      const preload = url.searchParams.has('preload') ? `<link rel="preload" href="${src(0)}" as="fetch" crossorigin>` : '';
      // The README's snippet as pasted: no `loading`, so lazy, the default.
      ctx.body = `${head('book-page')}${preload}${script(url)}</head><body><book-page src="${src(0)}"></book-page></body></html>`;
    } else if (page === 'widget-cards') {
      const offset = Number(url.searchParams.get('i') ?? 0);
      const layout = url.searchParams.get('layout') ?? 'compact';
      // ?missing=K: the last K cards name a file that is not there (404), and end in their error state.
      const missing = Number(url.searchParams.get('missing') ?? 0);
      const file = (i) => (i >= n - missing ? `/bench/data/missing-${i}.json` : src(offset + i));
      const cards = Array.from(
        {length: n},
        (_, i) => `<book-card layout="${layout}" loading="eager" src="${file(i)}"></book-card>`,
      ).join('');
      ctx.body = `${head('cards')}${script(url)}</head><body><div class="cards">${cards}</div></body></html>`;
    } else if (page === 'iframe-cards') {
      const frames = Array.from(
        {length: n},
        (_, i) =>
          `<iframe title="book ${i}" src="/bench/page/widget-cards?n=1${distinct ? `&distinct&i=${i}` : ''}${q() ? `&${q()}` : ''}"></iframe>`,
      ).join('');
      ctx.body = `${head('iframes')}</head><body><div class="cards">${frames}</div></body></html>`;
    } else if (page === 'prerendered-page') {
      // `book-widgets render`'s <book-page> for the demo book, with the script tag (?no-script: without).
      const body = statics.get('prerendered');
      if (!body) return next();
      ctx.body = `${head('pre-rendered')}${url.searchParams.has('no-script') ? '' : script(url)}</head><body>${body}</body></html>`;
    } else if (page === 'static-page' || page === 'static-cards') {
      const body = statics.get(page === 'static-page' ? 'page' : 'card');
      if (!body) return next();
      const repeated = page === 'static-page' ? body : `<div class="cards">${body.repeat(n)}</div>`;
      // ?fetch: the static cards, and the page fetches and parses the cards' N files with no widget
      // to show them: what the requests alone cost. Each file announces itself like a widget does.
      const fetches = url.searchParams.has('fetch')
        ? `<script type="module">${JSON.stringify(Array.from({length: n}, (_, i) => src(i)))}.forEach((u) => fetch(u).then((r) => r.json()).then(() => dispatchEvent(new Event('book-load'))));</script>`
        : '';
      ctx.body = `${head('static')}</head><body>${repeated}${fetches}</body></html>`;
    } else {
      return next();
    }
  };
}
