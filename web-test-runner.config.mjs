import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {browserArgs, findBrowser, findFirefox} from './scripts/find-browser.mjs';
import {startWebKitDriver, webkitOptions} from './scripts/webkit.mjs';
import {rmSync} from 'node:fs';
import {fakeEndpoints, subscribersFile} from './test/fake-endpoints.mjs';
import {subscribeEndpoint} from './demo/subscribe-endpoint.mjs';
import {fakeSources} from './test/fake-sources.mjs';
import {prerenderedPages} from './test/prerendered-pages.mjs';

/** The Content-Security-Policy README asks sites to allow: the strictest that still works. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html book-widgets";

/**
 * `executeServerCommand('forced-colors', {active})`: the test runner's own `emulateMedia` forces
 * colours only under Playwright, so this asks Chrome directly (DevTools protocol). Firefox's forced
 * colours are a browser-wide preference, set when it starts (the `forced-colors` group below), and
 * WebKit has none: there the command answers false and the test says why it skips.
 */
const forcedColors = {
  name: 'forced-colors',
  sessions: new Map(),
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    if (session.browser.name !== 'Chrome') return false;
    // An emulation ends with the DevTools session that set it: kept until forced colours are turned off.
    const current = this.sessions.get(session.id);
    this.sessions.delete(session.id);
    await current?.detach();
    if (payload?.active) {
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: 'active'}]});
      this.sessions.set(session.id, cdp);
    }
    return true;
  },
};

const strictPages = async (ctx, next) => {
  await next();
  if (ctx.path.startsWith('/test/pages/strict')) ctx.set('Content-Security-Policy', strictCsp);
};

// The demo's signup endpoint, writing to a file the tests read back (GET /fake/subscribers).
rmSync(subscribersFile, {force: true});

/**
 * Each test file's page in a browser context of its own: files run side by side, and a store one
 * chooses (localStorage, and the storage event other pages of the site hear) must not reach another.
 */
const ownContext = async ({browser}) => (await browser.createBrowserContext()).newPage();

/**
 * The engine this run tests in: `ENGINE=chromium` (the default), `firefox` or `webkit`; `npm test`
 * runs all three in turn (scripts/test.mjs).
 */
export const engine = process.env.ENGINE ?? 'chromium';

/** WebKit through WebKitGTK's WebDriver, which each launcher starts (and stops) for itself. */
class WebKitLauncher extends WebdriverLauncher {
  constructor(locale) {
    super({});
    this.locale = locale;
  }

  async initialize(config, testFiles) {
    this.driverProcess = await startWebKitDriver();
    this.options = webkitOptions({port: this.driverProcess.port, ...this.locale});
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.driverProcess?.stop();
  }
}

/**
 * A browser of this run's engine, in a reader's language and time zone when given: what
 * `navigator.languages`, `Intl` and the clock say there. Firefox's preferences may add to it.
 */
function launcher({lang, timeZone, prefs} = {}) {
  const env = timeZone ? {...process.env, TZ: timeZone} : process.env;
  if (engine === 'webkit') return new WebKitLauncher({lang, timeZone});
  if (engine === 'firefox') {
    return chromeLauncher({
      // puppeteer-core drives Firefox over WebDriver BiDi.
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        env,
        extraPrefsFirefox: {
          ...(lang ? {'intl.accept_languages': lang, 'intl.locale.requested': lang} : {}),
          ...prefs,
        },
      },
      createPage: ownContext,
    });
  }
  return chromeLauncher({
    launchOptions: {
      executablePath: findBrowser(),
      headless: true,
      args: [...browserArgs, ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [])],
      env,
    },
    createPage: ownContext,
  });
}

/** test/locales.test.ts, once per locale, each in a browser of its own (`npx wtr --group locale-de-DE`). */
const locales = Object.entries({
  'en-US': 'America/New_York',
  'en-GB': 'Europe/London',
  'de-DE': 'Europe/Berlin',
  'fr-CA': 'America/Toronto',
  'ja-JP': 'Asia/Tokyo',
  // A language without a region: the country comes from the time zone.
  de: 'Europe/Vienna',
}).map(([lang, timeZone]) => ({
  name: `locale-${lang}`,
  files: 'test/locales.test.ts',
  browsers: [launcher({lang, timeZone})],
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script>window.expectedLocale = '${lang}';</script>` +
    `<script type="module" src="${framework}"></script></body></html>`,
}));

/**
 * Forced colours: Chrome switches them per page (the `forced-colors` command); Firefox only as a
 * preference when it starts ("override the page's colours: always"), so there the file has a
 * browser of its own.
 */
const forcedColorsGroup = {
  name: 'forced-colors',
  files: 'test/forced-colors.test.ts',
  browsers: [launcher({prefs: {'browser.display.document_color_use': 2}})],
};

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/locales.test.ts', '!test/forced-colors.test.ts'],
  groups: [...locales, forcedColorsGroup],
  nodeResolve: true,
  plugins: [
    forcedColors,
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    {
      // Node closes idle keep-alive sockets after 5 s; a request racing that close is retried by
      // Chrome and would be counted twice. Requests are counted in tests, so keep sockets longer.
      name: 'long-keep-alive',
      serverStart({server}) {
        server.keepAliveTimeout = 120_000;
        server.headersTimeout = 121_000;
      },
    },
  ],
  // Real HTTP for the real loader: status codes, delays, broken bodies and request counts.
  middleware: [strictPages, fakeEndpoints, fakeSources, prerenderedPages, subscribeEndpoint({file: subscribersFile})],
  browsers: [launcher()],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {config: {timeout: 8000}},
};
