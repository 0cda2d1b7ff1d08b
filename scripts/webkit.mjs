/**
 * WebKit for the tests and the screenshots: WebKitGTK's WebDriver, started on a free port, on the
 * desktop's display or a virtual one (WebKitGTK has no headless mode), and the capabilities that
 * start its MiniBrowser in a reader's language and time zone.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync} from 'node:fs';
import {createServer} from 'node:net';
import {join, resolve} from 'node:path';
import {findWebKit} from './find-browser.mjs';

const freePort = () =>
  new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => done(port));
    });
  });

/** An X server in memory; `-displayfd` makes it pick a free display and say which once it is ready. */
function virtualDisplay(screen) {
  return new Promise((done, fail) => {
    const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', `${screen}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    server.on('error', fail);
    // An X server that ends, or says nothing, must not hang the run.
    server.on('exit', (code) => fail(new Error(`Xvfb ended (${code}) before giving a display`)));
    const timer = setTimeout(() => (server.kill(), fail(new Error('Xvfb gave no display in 10 s'))), 10_000);
    server.stdout.once('data', (data) => (clearTimeout(timer), done({display: `:${String(data).trim()}`, server})));
  });
}

/**
 * Starts WebKitWebDriver; resolves once it answers, with its port and a `stop()`. `screen` is the
 * virtual display's size (a tall one lets a window hold a whole page for a screenshot).
 */
export async function startWebKitDriver({screen = '1920x1080'} = {}) {
  const {driver, xvfb} = findWebKit();
  const env = {...process.env};
  let x;
  if (xvfb) {
    x = await virtualDisplay(screen);
    env.DISPLAY = x.display;
  }
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], {stdio: 'ignore', env});
  const stop = () => {
    child.kill();
    x?.server.kill();
  };
  process.on('exit', stop);
  for (let tries = 0; ; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (tries > 100) {
      stop();
      throw new Error(`WebKitWebDriver did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {port, stop};
}

/**
 * A compiled C locale for WebKitGTK, which takes the reader's language from it (a locale the system
 * lacks reads as en-US): built once with glibc's localedef into a cache the browser is pointed at.
 */
const localeCache = resolve('node_modules/.cache/book-widgets/locales');
function systemLocale(lang) {
  const name = `${lang.replace('-', '_')}.UTF-8`;
  if (!existsSync(join(localeCache, name))) {
    // The locale sources are by region: `ja` is built from ja_JP, `de` from de_DE.
    const {language, region} = new Intl.Locale(lang).maximize();
    const source = `${language}_${region}`;
    mkdirSync(localeCache, {recursive: true});
    // -c: glibc's own sources warn about a few fields; the locale is still whole.
    spawnSync('localedef', ['-c', '-i', source, '-f', 'UTF-8', join(localeCache, name)], {stdio: 'ignore'});
    if (!existsSync(join(localeCache, name))) throw new Error(`localedef could not build the ${source} locale for WebKit`);
  }
  return name;
}

/** WebDriver options for a MiniBrowser in `lang` (default en-US) and `timeZone`, with `args` added. */
export function webkitOptions({port, lang = 'en-US', timeZone, args = []}) {
  const {browser} = findWebKit();
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK's driver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        // The browser's environment: the language is its C locale's.
        binary: '/usr/bin/env',
        args: [
          `LOCPATH=${localeCache}`,
          `LANG=${systemLocale(lang)}`,
          'LC_ALL=',
          browser,
          '--automation',
          ...(timeZone ? [`--time-zone=${timeZone}`] : []),
          ...args,
        ],
      },
    },
  };
}
