/**
 * Looks at the built demo page as a reader would, in each engine (Chromium, Firefox, WebKit; or
 * those ENGINES lists) at 375 px and 1280 px, light and dark, with its widgets in Arabic and in
 * Hebrew (right to left), at a hostile host page, and at the pre-rendered demo page (also without
 * JavaScript, in Chromium): scrolls
 * through, waits for every widget, saves a full-page PNG of each to dist/screenshots/, and fails
 * when a page throws, a widget is left loading or fails unexpectedly, or anything is wider than the
 * screen.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {PNG} from 'pngjs';
import puppeteer from 'puppeteer-core';
import {remote} from 'webdriverio';
import {browserArgs, findBrowser, findFirefox} from './find-browser.mjs';
import {demoFolders, startDemoServer} from './demo-server.mjs';
import {startWebKitDriver, webkitOptions} from './webkit.mjs';

const port = Number(process.env.SCREENSHOT_PORT ?? 8765);
const origin = `http://localhost:${port}`;
// The demo, and the hostile test page with the other Lit it loads from node_modules.
// A failure to start must fail the check (the dev server's own error handler would swallow it).
const server = await startDemoServer({port, serve: [...demoFolders, '/test/pages/', '/node_modules/']}).catch((error) => {
  console.error(
    `screenshots: the demo server could not listen on port ${port} (${error.code ?? error.message}): free it, or set SCREENSHOT_PORT.`,
  );
  process.exit(1);
});
mkdirSync('dist/screenshots', {recursive: true});

// The demo (with its deliberate missing-file example) and a hostile host page (test/pages/hostile.html).
const views = [];
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'])
    views.push({page: 'demo', path: '/demo/', width, scheme, failing: 'data/missing-book.json'});
}
views.push({page: 'hostile', path: '/test/pages/hostile.html', width: 1280, scheme: 'light', failing: ''});
// The widgets in the two right-to-left languages, on the (left-to-right) demo page.
for (const lang of ['ar', 'he'])
  for (const width of [375, 1280])
    views.push({page: `demo-${lang}`, path: `/demo/?lang=${lang}`, width, scheme: 'light', failing: 'data/missing-book.json'});

// The demo book's page pre-rendered (book-widgets render): with the script (hydrated) in every engine,
// and in Chromium with JavaScript off, where the HTML alone must show every section.
for (const width of [375, 1280]) {
  views.push({page: 'prerendered', path: '/demo/prerendered.html', width, scheme: 'light', failing: ''});
  views.push({page: 'prerendered-no-js', path: '/demo/prerendered.html', width, scheme: 'light', failing: '', noScript: true});
}

/** In the page: scroll through, so every lazy widget comes near the viewport, as it would for a reader. */
async function scrollThrough() {
  for (let y = 0; y < document.body.scrollHeight; y += 500) {
    scrollTo(0, y);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** In the page: every widget's state once none is loading (false until then). */
function widgetReport() {
  const widgets = [];
  const visit = (root) =>
    root.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('book-')) widgets.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    });
  visit(document);
  if (widgets.some((el) => el.getAttribute('state') === 'loading')) return false;
  return {
    widgets: widgets.length,
    failed: widgets.filter((el) => el.getAttribute('state') === 'error').map((el) => el.getAttribute('src')),
    tooWide: document.documentElement.scrollWidth > innerWidth,
  };
}

/** In the page: the widgets still loading, named by tag and file. */
function loadingWidgets() {
  const found = [];
  const visit = (root) =>
    root.querySelectorAll('*').forEach((el) => {
      if (el.localName.startsWith('book-') && el.getAttribute('state') === 'loading')
        found.push(`<${el.localName}${el.getAttribute('src') ? ` src="${el.getAttribute('src')}"` : ''}>`);
      if (el.shadowRoot) visit(el.shadowRoot);
    });
  visit(document);
  return found;
}

/** The demo shows a missing file on purpose, and this machine has no internet (the ISBN examples' covers). */
const expectedError = (url) => url.includes('missing-book.json') || (url && !url.startsWith(`${origin}/`));

/**
 * Chromium and Firefox through puppeteer (Firefox over WebDriver BiDi). Firefox's colour scheme is a
 * preference, so it gets a browser per scheme.
 */
function puppeteerEngine(name, launch) {
  const browsers = new Map();
  return {
    name,
    async shoot({path, width, scheme, noScript}, file) {
      if (!browsers.has(scheme)) browsers.set(scheme, await launch(scheme));
      const page = await browsers.get(scheme).newPage();
      // The page's own scripts off (the checks below still run, through the DevTools protocol).
      if (noScript) await page.setJavaScriptEnabled(false);
      const errors = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedError(m.location()?.url ?? '')) errors.push(`console: ${m.text()}`);
      });
      if (name === 'chromium') await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
      await page.setViewport({width, height: 900});
      await page.goto(`${origin}${path}`, {waitUntil: 'networkidle0'});
      // Without scripts, the page has no timers to scroll or poll with: it is what its HTML is.
      const report = noScript
        ? await page.evaluate(widgetReport)
        : await page
            .evaluate(scrollThrough)
            .then(() => page.waitForFunction(widgetReport, {timeout: 15_000, polling: 100}))
            .then((handle) => handle.jsonValue())
            .catch(async () => ({timedOut: true, loading: await page.evaluate(loadingWidgets).catch(() => [])}));
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({path: file, fullPage: true});
      await page.close();
      return {report, errors};
    },
    async reset() {
      await this.close().catch(() => {});
      browsers.clear();
    },
    async close() {
      for (const browser of browsers.values()) await browser.close();
    },
  };
}

/**
 * WebKit through WebKitGTK's WebDriver. MiniBrowser's window is never narrower than its toolbar
 * (about 450 px), so the 375 px view is the page in a 375 px frame; and a window paints nothing past
 * 16,384 px (a texture's limit), so a page is pictured in tall slices, put together here. Classic
 * WebDriver reports no console: a page is judged by its widgets and its width (Chromium and Firefox
 * also check for errors).
 */
function webkitEngine() {
  let driver;
  let session;
  const slice = 8000;
  return {
    name: 'webkit',
    async shoot({path, width, scheme}, file) {
      driver ??= await startWebKitDriver({screen: '1400x9000'});
      // One session at a time (the driver's limit); the colour scheme is the browser's.
      if (session?.scheme !== scheme) {
        await session?.browser.deleteSession();
        const args = scheme === 'dark' ? ['--dark-mode'] : [];
        session = {scheme, browser: await remote(webkitOptions({port: driver.port, args}))};
      }
      const {browser} = session;
      const framed = width < 600;
      await browser.setWindowSize(framed ? 800 : width, 900);
      const toolbar = (await browser.getWindowSize()).height - (await browser.execute(() => innerHeight));
      if (framed) {
        await browser.url('about:blank');
        await browser.execute(
          (src, w) => {
            document.body.style.margin = '0';
            document.body.innerHTML = `<iframe style="border:0;display:block;width:${w}px;height:100vh"></iframe>`;
            document.querySelector('iframe').src = src;
          },
          `${origin}${path}`,
          width,
        );
        await browser.pause(500);
        await browser.switchFrame(await browser.$('iframe'));
      } else {
        await browser.url(`${origin}${path}`);
      }
      await browser.execute(scrollThrough);
      let report;
      for (const started = Date.now(); !report; await browser.pause(100)) {
        report = await browser.execute(widgetReport);
        if (!report && Date.now() - started > 15_000) report = {timedOut: true, loading: await browser.execute(loadingWidgets)};
      }
      const height = await browser.execute(() => document.documentElement.scrollHeight);
      const view = Math.min(height, slice);
      await browser.setWindowSize(framed ? 800 : width, view + toolbar);
      await browser.pause(300);
      const whole = new PNG({width, height});
      for (let top = 0; top < height; top += view) {
        // The last slice scrolls only as far as the page goes, and is cut to what is new.
        const scrolled = Math.min(top, height - view);
        await browser.execute((y) => scrollTo(0, y), scrolled);
        await browser.pause(200);
        if (framed) await browser.switchFrame(null);
        const picture = PNG.sync.read(Buffer.from(await browser.takeScreenshot(), 'base64'));
        if (framed) await browser.switchFrame(await browser.$('iframe'));
        const rows = Math.min(view, height - top);
        PNG.bitblt(picture, whole, 0, top - scrolled, width, rows, 0, top);
      }
      writeFileSync(file, PNG.sync.write(whole));
      return {report, errors: []};
    },
    async reset() {
      await session?.browser.deleteSession().catch(() => {});
      session = undefined;
    },
    async close() {
      await session?.browser.deleteSession();
      driver?.stop();
    },
  };
}

const engines = {
  chromium: () =>
    puppeteerEngine('chromium', () => puppeteer.launch({executablePath: findBrowser(), headless: true, args: browserArgs})),
  firefox: () =>
    puppeteerEngine('firefox', (scheme) =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        // 0 dark, 1 light: what `prefers-color-scheme` answers.
        extraPrefsFirefox: {'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1},
      }),
    ),
  webkit: webkitEngine,
};

const problems = [];
let passed = 0;
const chosen = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim());
/**
 * A view, and once more in a new browser session if the browser failed on it, or its widgets were
 * still loading after 15 s (seen once, in WebKit on a machine busy with other work): a page that
 * is broken fails twice.
 */
async function shoot(engine, view, file) {
  let shot;
  try {
    shot = await engine.shoot(view, file);
    if (!shot.report.timedOut) return shot;
    console.log(`  ${engine.name}: ${view.path} still loading ${shot.report.loading?.join(' ')} after 15 s: once more`);
  } catch (error) {
    console.log(`  ${engine.name} failed on ${view.path} (${String(error.message).split('\n')[0]}): once more`);
  }
  await engine.reset();
  return engine.shoot(view, file);
}

for (const engineName of chosen) {
  const engine = engines[engineName]();
  for (const view of views) {
    // JavaScript is turned off through Chromium's DevTools protocol only.
    if (view.noScript && engineName !== 'chromium') continue;
    const name = `${engineName}-${view.page}-${view.width}-${view.scheme}`;
    const {report, errors} = await shoot(engine, view, `dist/screenshots/${name}.png`).catch(async (error) => {
      // A browser that fails twice: said, and the run ends (a hung browser must not hold CI).
      console.error(`${name}: ${error.stack ?? error}`);
      await engine.close().catch(() => {});
      await server.stop();
      process.exit(1);
    });
    const wrong = [...errors];
    if (report.timedOut) wrong.push(`widgets still loading after 15 s: ${report.loading?.join(' ')}`);
    else {
      if (report.failed.join() !== view.failing) wrong.push(`widgets in error: ${report.failed.join(', ')}`);
      if (report.tooWide) wrong.push('page wider than the screen');
    }
    if (wrong.length) problems.push(`${name}: ${wrong.join('; ')}`);
    else passed++;
    console.log(`${wrong.length ? '✗' : '✓'} ${name}${report.widgets ? ` (${report.widgets} widgets)` : ''}`);
  }
  await engine.close();
}
await server.stop();
for (const problem of problems) console.error(problem);
const taken = chosen.reduce((sum, engine) => sum + views.filter((v) => !v.noScript || engine === 'chromium').length, 0);
console.log(`screenshots in dist/screenshots/: ${passed} of ${taken} views fine`);
process.exit(problems.length ? 1 : 0);
