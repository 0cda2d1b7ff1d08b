/**
 * Looks at the built demo page as a reader would, in headless Chromium at 375 px and 1280 px, light
 * and dark, and at a hostile host page: scrolls through, waits for every widget, saves a full-page
 * PNG of each to dist/screenshots/, and fails when a page throws, a widget is left loading or fails
 * unexpectedly, or anything is wider than the screen.
 */
import {mkdirSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {browserArgs, findBrowser} from './find-browser.mjs';
import {demoFolders, startDemoServer} from './demo-server.mjs';

const port = Number(process.env.SCREENSHOT_PORT ?? 8765);
// The demo, and the hostile test page with the other Lit it loads from node_modules.
const server = await startDemoServer({port, serve: [...demoFolders, '/test/pages/', '/node_modules/']});
const browser = await puppeteer.launch({executablePath: findBrowser(), headless: true, args: browserArgs});
mkdirSync('dist/screenshots', {recursive: true});
const problems = [];
let passed = 0;

// The demo (with its deliberate missing-file example) and a hostile host page (test/pages/hostile.html).
const views = [];
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'])
    views.push({page: 'demo', path: '/demo/', width, scheme, failing: 'data/missing-book.json'});
}
views.push({page: 'hostile', path: '/test/pages/hostile.html', width: 1280, scheme: 'light', failing: ''});

for (const {page: pageName, path, width, scheme, failing} of views) {
  {
    const name = `${pageName}-${width}-${scheme}`;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (m) => {
      const url = m.location()?.url ?? '';
      // The demo shows the error state with a missing file on purpose; and this machine has no
      // internet, so covers from other hosts (the ISBN examples) cannot load here.
      const expected = url.includes('missing-book.json') || (url && !url.startsWith(`http://localhost:${port}/`));
      if (m.type() === 'error' && !expected) errors.push(`console: ${m.text()}`);
    });
    await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
    await page.setViewport({width, height: 900});
    await page.goto(`http://localhost:${port}${path}`, {waitUntil: 'networkidle0'});
    // Scroll through, so every lazy widget comes near the viewport, as it would for a reader.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 40));
      }
    });
    const report = await page
      .waitForFunction(
        () => {
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
        },
        {timeout: 15_000, polling: 100},
      )
      .then((handle) => handle.jsonValue())
      .catch(() => ({timedOut: true}));
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({path: `dist/screenshots/${name}.png`, fullPage: true});
    await page.close();
    const wrong = [...errors];
    if (report.timedOut) wrong.push('widgets still loading after 15 s');
    else {
      if (report.failed.join() !== failing) wrong.push(`widgets in error: ${report.failed.join(', ')}`);
      if (report.tooWide) wrong.push('page wider than the screen');
    }
    if (wrong.length) problems.push(`${name}: ${wrong.join('; ')}`);
    else passed++;
    console.log(`${wrong.length ? '✗' : '✓'} ${name}${report.widgets ? ` (${report.widgets} widgets)` : ''}`);
  }
}
await browser.close();
await server.stop();
for (const problem of problems) console.error(problem);
console.log(`screenshots in dist/screenshots/: ${passed} of ${views.length} views fine`);
process.exit(problems.length ? 1 : 0);
