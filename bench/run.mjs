/**
 * `npm run bench`: size, speed, layout stability and scale of the widgets, side by side with the
 * floors (static HTML and CSS of the same content; a one-element Lit bundle) and with iframe embeds,
 * in headless Chromium against pages served from localhost with a set latency for the JSON.
 * It reports; it does not pass or fail on a time. `--smoke` runs a small version (N=10) for npm test.
 *
 *   npm run bench [-- --latency 100] [-- --runs 3]
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {cpus, totalmem} from 'node:os';
import {parseArgs} from 'node:util';
import puppeteer from 'puppeteer-core';
import {browserArgs, findBrowser} from '../scripts/find-browser.mjs';
import {demoFolders, startDemoServer} from '../scripts/demo-server.mjs';
import {measureSizes} from '../scripts/size.mjs';
import {benchPages} from './pages.mjs';
import {renderWithCli} from '../scripts/render-cli.mjs';
import {gzipSync} from 'node:zlib';
import {demoWithoutWidgets, lighthouseRun} from './lighthouse.mjs';

const {values} = parseArgs({options: {latency: {type: 'string'}, runs: {type: 'string'}, smoke: {type: 'boolean'}}});
const smoke = Boolean(values.smoke);
const latency = Number(values.latency ?? 100);
const runs = Number(values.runs ?? (smoke ? 1 : 5));
const port = 8790;
const statics = new Map();
const cannotListen = (port) => (error) => {
  console.error(`bench: the server could not listen on port ${port} (${error.code ?? error.message}): free it and run again.`);
  process.exit(1);
};
const server = await startDemoServer({
  port,
  middleware: [benchPages({latency, statics}), demoWithoutWidgets()],
  serve: [...demoFolders, '/bench/'],
}).catch(cannotListen(port));
// The same pages over HTTP/2 (TLS, the dev server's self-signed certificate), as a CDN serves them:
// many files on one host are then not queued behind HTTP/1.1's six connections.
const server2 = await startDemoServer({
  port: port + 1,
  http2: true,
  middleware: [benchPages({latency, statics})],
  serve: [...demoFolders, '/bench/'],
}).catch(cannotListen(port + 1));
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: [...browserArgs, '--ignore-certificate-errors'],
  acceptInsecureCerts: true,
});
const base = `http://localhost:${port}`;
const base2 = `https://localhost:${port + 1}`;
const started = Date.now();

/**
 * In the page: the widgets (in shadow roots and same-origin iframes too) that load now, each as
 * `{tag, state, message}`; `required` at least, or a stand-in that is still loading.
 */
function widgetStates(required) {
  const states = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('book-') && el.localName !== 'book-data' && el.getAttribute('loading') !== 'lazy') {
        const message = el.shadowRoot?.querySelector('[part=error] p')?.textContent?.trim();
        states.push({tag: el.localName, state: el.getAttribute('state'), message});
      }
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'iframe') {
        const doc = el.contentDocument;
        if (!doc || doc.readyState !== 'complete') states.push({tag: 'iframe', state: 'loading'});
        else visit(doc);
      }
    }
  };
  visit(document);
  while (states.length < required) states.push({tag: 'widget', state: 'loading'});
  if (document.readyState !== 'complete') states.push({tag: 'document', state: 'loading'});
  return states;
}

/** In the page: has every widget settled, ready or in its error state? */
const allSettled = `(required) => (${widgetStates})(required).every((w) => w.state === 'ready' || w.state === 'error')`;

/** How long one page may take before its case is reported as timed out (and the benchmark goes on). */
const caseTimeout = 60_000;

/**
 * Waits until `loads` widgets have announced a load or an error (counted by event listeners, so the
 * wait itself costs the page nothing while it works), then until every widget has settled. Never
 * throws: returns what did not end ready, `tag: message` each, for the results.
 */
async function waitForWidgets(page, required, loads) {
  let timedOut = false;
  await page
    .waitForFunction(`(window.__loads || 0) >= ${loads} && (${allSettled})(${required})`, {timeout: caseTimeout, polling: 'raf'})
    .catch(() => (timedOut = true));
  const states = await page.evaluate(`(${widgetStates})(${required})`);
  const failures = states
    .filter((w) => w.state !== 'ready')
    .map((w) => `${w.tag}: ${w.state === 'error' ? w.message || 'error' : `still ${w.state} after ${caseTimeout / 1000} s`}`);
  if (timedOut && !failures.length) failures.push(`fewer than ${loads} load events after ${caseTimeout / 1000} s`);
  return failures;
}

async function measure(path, {widgets = 0, loads = widgets, http2 = false, width = 1280} = {}) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900});
  let requests = 0;
  page.on('request', () => requests++);
  // Main-thread work of the page's renderer (same-origin iframes run in it too): script, style,
  // layout, paint. What a page pays in CPU, whatever the network does.
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await page.evaluateOnNewDocument(() => {
    // Each frame counts into the top page (the benchmark's iframes are same-origin).
    const count = () => (window.top.__loads = (window.top.__loads || 0) + 1);
    addEventListener('book-load', count);
    addEventListener('book-error', count);
    if (window.top !== window) return;
    window.__long = [];
    window.__cls = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
    window.__lcp = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__lcp = e.startTime))).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
  let failures;
  try {
    await page.goto(`${http2 ? base2 : base}${path}`, {waitUntil: 'load', timeout: caseTimeout});
    failures = await waitForWidgets(page, widgets, loads);
  } catch (error) {
    failures = [`the page did not load: ${error.message}`];
  }
  // Rendered and painted: two frames after the last widget became ready.
  const time = await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
  );
  const {metrics} = await client.send('Performance.getMetrics');
  const cpu = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  await new Promise((r) => setTimeout(r, 300));
  await client.send('HeapProfiler.collectGarbage');
  const {usedSize} = await client.send('Runtime.getHeapUsage');
  const {long, cls, lcp} = await page.evaluate(() => ({long: window.__long, cls: window.__cls, lcp: window.__lcp}));
  await page.close();
  return {time, cpu, longTasks: long.length, longestTask: Math.max(0, ...long), heap: usedSize, requests, cls, lcp, failures};
}

/** Widgets that did not end ready, by case: printed under the tables and kept in the results. */
const failed = [];

/**
 * The median of `runs` measurements, field by field. Logs the case as it runs (a slow one shows),
 * and records any widget that failed, with its message.
 */
async function median(path, {expectedFailures = 0, ...options} = {}) {
  const results = [];
  const start = Date.now();
  process.stdout.write(`bench: ${path} … `);
  for (let i = 0; i < runs; i++) results.push(await measure(path, options));
  const failures = [...new Set(results.flatMap((r) => r.failures))];
  console.log(
    `${((Date.now() - start) / 1000).toFixed(1)} s${failures.length ? `, ${failures.length} widgets failed${failures.length === expectedFailures ? ' (as they should)' : ''}` : ''}`,
  );
  if (failures.length !== expectedFailures) failed.push({path, failures});
  const mid = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
  const keys = Object.keys(results[0]).filter((key) => key !== 'failures');
  return {...Object.fromEntries(keys.map((key) => [key, mid(key)])), failures};
}

/** Static HTML and CSS of the rendered widgets: declarative shadow DOM with their styles inlined. */
async function capture(path, selector) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}latency=0`, {waitUntil: 'load'});
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  const failures = await waitForWidgets(page, 1, 0);
  if (failures.length) failed.push({path: `${path} (captured for the static floor)`, failures});
  await new Promise((r) => setTimeout(r, 500));
  const html = await page.evaluate((selector) => {
    const roots = [];
    const visit = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        if (!el.shadowRoot) return;
        roots.push(el.shadowRoot);
        const style = document.createElement('style');
        style.textContent = el.shadowRoot.adoptedStyleSheets
          .map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'))
          .join('\n');
        el.shadowRoot.prepend(style);
        visit(el.shadowRoot);
      });
    visit(document);
    return document
      .querySelector(selector)
      .getHTML({shadowRoots: roots})
      .replace(/<script\b[\s\S]*?<\/script>/g, '');
  }, selector);
  await page.close();
  return html;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${cpus()[0].model}`,
  latency,
  runs,
};
const lines = [];
const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);

// Whatever fails below, the browser and the servers close and the run ends: an error never
// leaves the benchmark hanging on open handles.
try {
  // 1. Bytes: what each kind of page downloads (the script tag's entry and chunks), and the bundles.
  results.sizes = await measureSizes();
  lines.push('### Bytes', '', '| page (script tag) | files | gzip -9 | floor | budget |', '| --- | ---: | ---: | ---: | ---: |');
  for (const {name, files, gzip, floor, budget} of results.sizes.pages)
    row(name.replace('<', '`<').replace('>', '>`'), files, kb(gzip), kb(floor), kb(budget));
  lines.push('', '| bundle | raw | gzip -9 |', '| --- | ---: | ---: |');
  for (const {name, raw, gzip} of results.sizes.rows) row(name, kb(raw), kb(gzip));

  // Floors, captured from the widgets themselves.
  statics.set('page', await capture('/bench/page/widget-page', 'book-page'));
  statics.set('card', await capture('/bench/page/widget-cards?n=1', 'book-card'));

  // The demo book's <book-page> as `book-widgets render` writes it, its URLs this server's.
  const demoBook = 'demo/data/designing-machine-learning-systems.json';
  statics.set('prerendered', await renderWithCli([demoBook, '--base-url', `${base}/${demoBook}`]));

  // 2. One book page.
  const widgetPage = await median('/bench/page/widget-page', {widgets: 5, loads: 1});
  const preloadPage = await median('/bench/page/widget-page?preload', {widgets: 5, loads: 1});
  const oneFilePage = await median('/bench/page/widget-page?one-file', {widgets: 5, loads: 1});
  const staticPage = await median('/bench/page/static-page');
  // Pre-rendered: its content is in the HTML (every section's state is there, ready), so it counts as
  // rendered once the document is; then adopted by the script (its book's `book-load` says so).
  const prerenderedPage = await median('/bench/page/prerendered-page', {widgets: 5, loads: 0});
  const hydratedPage = await median('/bench/page/prerendered-page', {widgets: 5, loads: 1});
  const prerenderedNoScript = await median('/bench/page/prerendered-page?no-script', {widgets: 5, loads: 0});
  results.page = {
    widgets: widgetPage,
    preload: preloadPage,
    oneFile: oneFilePage,
    static: staticPage,
    prerendered: prerenderedPage,
    hydrated: hydratedPage,
    prerenderedNoScript,
  };
  lines.push(
    '',
    `### One book page (<book-page>, JSON latency ${latency} ms)`,
    '',
    '| | content rendered | LCP | main-thread work | long tasks (longest) | JS heap | requests | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  const pageRow = (name, r) =>
    row(
      name,
      ms(r.time),
      ms(r.lcp),
      ms(r.cpu),
      `${r.longTasks} (${ms(r.longestTask)})`,
      mb(r.heap),
      r.requests,
      r.cls.toFixed(3),
    );
  pageRow('static HTML + CSS (floor)', staticPage);
  for (const [name, r] of [
    ['`<book-page>`', widgetPage],
    ['`<book-page>`, its file preloaded (README)', preloadPage],
    ['`<book-page>`, the one-file bundle', oneFilePage],
    ['`<book-page>` pre-rendered (`book-widgets render`)', prerenderedPage],
    ['… and adopted by the script (hydrated)', hydratedPage],
    ['… without the script', prerenderedNoScript],
  ]) {
    pageRow(name, r);
    row(
      'ratio',
      `${(r.time / staticPage.time).toFixed(2)}×`,
      `${(r.lcp / staticPage.lcp).toFixed(2)}×`,
      `${(r.cpu / staticPage.cpu).toFixed(2)}×`,
      '',
      `${(r.heap / staticPage.heap).toFixed(2)}×`,
      '',
      '',
    );
  }
  // The HTML each page sends: the pre-rendered page carries every section's markup and styles, and the book.
  const htmlBytes = async (path) => gzipSync(Buffer.from(await (await fetch(`${base}${path}`)).arrayBuffer()), {level: 9}).length;
  results.page.html = {
    static: await htmlBytes('/bench/page/static-page'),
    prerendered: await htmlBytes('/bench/page/prerendered-page'),
    widget: await htmlBytes('/bench/page/widget-page'),
  };
  lines.push(
    '',
    `HTML (gzip -9): static ${kb(results.page.html.static)}, pre-rendered ${kb(results.page.html.prerendered)}, ` +
      `the widget's ${kb(results.page.html.widget)} (its book file comes after it). Main-thread work of hydration: ` +
      `${ms(hydratedPage.cpu - prerenderedNoScript.cpu)} (the pre-rendered page with the script, less without).`,
  );

  // 3. Scale.
  const sizes = smoke ? [10] : [10, 100, 1000];
  results.scale = [];
  lines.push(
    '',
    '### Scale: N compact cards',
    '',
    '| N | kind | all rendered | main-thread work | long tasks (longest) | JS heap | requests |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const n of sizes) {
    const kinds = [
      ['static cards (floor)', `/bench/page/static-cards?n=${n}`, 0],
      ['widgets, one src', `/bench/page/widget-cards?n=${n}`, n],
      // Iframes each holding one card, on the same src and on different files: 1,000 would take minutes.
      ...(n <= 100 ? [['iframes, one src', `/bench/page/iframe-cards?n=${n}`, n]] : []),
      ...(n <= 100
        ? [
            ['widgets, N different files', `/bench/page/widget-cards?n=${n}&distinct`, n],
            ['iframes, N different files', `/bench/page/iframe-cards?n=${n}&distinct`, n],
          ]
        : []),
      ...(n === 100
        ? [
            ['widgets, N different files, HTTP/2', `/bench/page/widget-cards?n=${n}&distinct`, n, true],
            ['iframes, N different files, HTTP/2', `/bench/page/iframe-cards?n=${n}&distinct`, n, true],
            // The floor for any embed that fetches N files: static cards plus the requests, no widgets.
            ['static cards + the N files fetched, HTTP/2', `/bench/page/static-cards?n=${n}&distinct&fetch`, 0, true, n],
          ]
        : []),
    ];
    for (const [kind, path, widgets, http2, loads = widgets] of kinds) {
      const r = await median(path, {widgets, loads, http2});
      results.scale.push({n, kind, ...r});
      row(n, kind, ms(r.time), ms(r.cpu), `${r.longTasks} (${ms(r.longestTask)})`, mb(r.heap), r.requests);
    }
  }
  const at = (n, kind) => results.scale.find((r) => r.n === n && r.kind === kind);
  lines.push('', 'Ratios (iframes / widgets: how many times more the iframes cost):', '');
  for (const n of sizes) {
    const s = at(n, 'static cards (floor)');
    const w = at(n, 'widgets, one src');
    const ratios = (a, b) =>
      a && b
        ? `time ${(a.time / b.time).toFixed(1)}×, main-thread work ${(a.cpu / b.cpu).toFixed(1)}×, heap ${(a.heap / b.heap).toFixed(1)}×, requests ${(a.requests / b.requests).toFixed(1)}×`
        : '';
    const parts = [`widgets / static time ${(w.time / s.time).toFixed(2)}×, main-thread work ${(w.cpu / s.cpu).toFixed(2)}×`];
    for (const [label, frames, widgets] of [
      ['iframes / widgets, one src', 'iframes, one src', 'widgets, one src'],
      ['different files', 'iframes, N different files', 'widgets, N different files'],
      ['different files over HTTP/2', 'iframes, N different files, HTTP/2', 'widgets, N different files, HTTP/2'],
      // What no embed of N files can beat: the static cards and their requests, without widgets.
      [
        'iframes / the static cards with their files fetched, over HTTP/2',
        'iframes, N different files, HTTP/2',
        'static cards + the N files fetched, HTTP/2',
      ],
    ]) {
      const text = ratios(at(n, frames), at(n, widgets));
      if (text) parts.push(`${label}: ${text}`);
    }
    lines.push(`- N=${n}: ${parts.join('; ')}`);
  }

  // 4. Files that are missing: their cards end in the error state, are reported, and the run goes on.
  const missing = await median('/bench/page/widget-cards?n=10&missing=2', {widgets: 10, loads: 10, expectedFailures: 2});
  results.missingFiles = missing;
  lines.push(
    '',
    '### 10 cards, 2 of their files missing (404)',
    '',
    `All settled in ${ms(missing.time)}; the failed cards, as reported: ${missing.failures.join('; ')}`,
  );

  // 5. Layout stability.
  lines.push(
    '',
    '### Layout stability (data 300 ms late, host gives each widget its width)',
    '',
    '| page | CLS |',
    '| --- | ---: |',
  );
  results.cls = {};
  for (const [name, path, widgets, loads, width] of [
    ['10 cards', '/bench/page/widget-cards?n=10&latency=300', 10, 10],
    ['10 cards, broken covers', '/bench/page/widget-cards?n=10&latency=300&broken-covers', 10, 10],
    ['10 vertical cards, 375 px wide page', '/bench/page/widget-cards?n=10&latency=300&layout=vertical', 10, 10, 375],
    ['<book-page>', '/bench/page/widget-page?latency=300', 5, 1],
    ['<book-page>, 375 px wide page', '/bench/page/widget-page?latency=300', 5, 1, 375],
    ['<book-page> pre-rendered, hydrated', '/bench/page/prerendered-page', 5, 1],
    ['<book-page> pre-rendered, hydrated, 375 px wide page', '/bench/page/prerendered-page', 5, 1, 375],
  ]) {
    const r = await median(path, {widgets, loads, width});
    results.cls[name] = r.cls;
    row(name.replace('<', '`<').replace('>', '>`'), r.cls.toFixed(3));
  }

  // 6. Lighthouse (not in the smoke run).
  if (!smoke) {
    lines.push(
      '',
      '### Lighthouse 12.2.3 (performance and SEO, default mobile settings) on the demo pages',
      '',
      '| page | performance | SEO | CLS | LCP | TBT |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    results.lighthouse = {};
    for (const [name, path] of [
      ['demo page with the widgets', '/demo/'],
      ['the same page without them (fallbacks)', '/bench/demo-without-widgets'],
      ['the demo book’s page, pre-rendered (`/demo/prerendered.html`)', '/demo/prerendered.html'],
    ]) {
      // Asked for once first: the demo server renders the pre-rendered page on its first request (a
      // site serves it built), and that is not the page's time.
      await fetch(`${base}${path}`).then((r) => r.text());
      const r = await lighthouseRun(browser, `${base}${path}`);
      results.lighthouse[name] = r;
      row(
        name,
        r.score,
        `${r.seo}${r.seoFailed.length ? ` (${r.seoFailed.join(', ')})` : ''}`,
        r.cls.toFixed(3),
        ms(r.lcp),
        ms(r.tbt),
      );
    }
  }
  results.failed = failed;
  if (failed.length)
    lines.push(
      '',
      '### Widgets that did not end ready (unexpected)',
      '',
      ...failed.map(({path, failures}) => `- ${path}: ${failures.join('; ')}`),
    );
  lines.push(
    '',
    `${results.machine}; ${runs} run${runs > 1 ? 's' : ''} each, median; ${Math.round((Date.now() - started) / 1000)} s in all.`,
  );
  console.log(lines.join('\n'));
  mkdirSync('bench', {recursive: true});
  if (!smoke) writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
  await server2.stop();
}
// Reported either way; the smoke run in npm test fails on a widget that failed unexpectedly.
if (failed.length) {
  console.error(`bench: ${failed.length} case(s) with widgets that did not end ready (see above)`);
  if (smoke) process.exitCode = 1;
}
