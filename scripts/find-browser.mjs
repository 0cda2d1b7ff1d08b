/**
 * Finds the browsers of the three engines the tests run in: Chrome or Chromium (Blink), Firefox
 * (Gecko) and WebKitGTK's MiniBrowser with its WebDriver (WebKit, the engine of Safari). Each looks
 * at an environment variable first, then the usual places. Where one is missing and we are root
 * with apt-get (a fresh Debian machine, CI), installs Debian's package, saying so in one line;
 * otherwise says in one line how to get it.
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const chromePaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const firefoxPaths = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];
// WebKitGTK's own small browser, which its WebDriver starts (Debian: libwebkit2gtk-4.1-0).
const miniBrowserPaths = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

const onPath = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** Installs Debian packages when we may (root with apt-get); false when we may not. */
function aptInstall(packages, what) {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return false;
  console.log(`No ${what} found: installing Debian's ${packages.join(', ')} with apt-get (about a minute)…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  try {
    execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`], {stdio: 'pipe', env});
  } catch (error) {
    // Only a failure is worth apt's output.
    process.stderr.write(String(error.stderr ?? ''));
  }
  return true;
}

/** The first of `paths` (after the one `variable` names) that exists, installing `packages` if none. */
function find(variable, paths, packages, what, advice) {
  const named = process.env[variable];
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`${variable} is set to ${named}, but there is no file there.`);
  }
  const found = () => paths.find((path) => existsSync(path));
  if (found()) return found();
  if (aptInstall(packages, what) && found()) return found();
  throw new Error(`No ${what} found: ${advice} or set ${variable} to its executable.`);
}

export const findBrowser = () =>
  find(
    'CHROME_PATH',
    chromePaths,
    ['chromium'],
    'Chrome or Chromium',
    'install one (on Debian/Ubuntu: sudo apt-get install chromium)',
  );

export const findFirefox = () =>
  find('FIREFOX_PATH', firefoxPaths, ['firefox-esr'], 'Firefox', 'install it (on Debian: sudo apt-get install firefox-esr)');

/**
 * WebKit: WebKitGTK's WebDriver, the MiniBrowser it drives, glibc's locales (its language is its C
 * locale's) and, with no display to draw on, the virtual X server it runs in.
 */
export function findWebKit() {
  // glibc's locale sources (Debian's `locales`): the browser is started in a reader's language.
  const packages = ['webkit2gtk-driver', 'xvfb', 'locales'];
  const advice = 'install it (on Debian: sudo apt-get install webkit2gtk-driver xvfb locales)';
  const tools = () => ({
    driver: onPath('WebKitWebDriver'),
    browser: miniBrowserPaths.find((path) => existsSync(path)),
    xvfb: process.env.DISPLAY ? undefined : onPath('Xvfb'),
    locales: onPath('localedef') && existsSync('/usr/share/i18n/locales/en_US'),
  });
  let found = tools();
  const complete = ({driver, browser, xvfb, locales}) => driver && browser && locales && (xvfb || process.env.DISPLAY);
  if (!complete(found) && aptInstall(packages, 'WebKit (WebKitGTK WebDriver)')) found = tools();
  if (!complete(found)) throw new Error(`No WebKit found: ${advice}.`);
  return found;
}

/** Flags for headless Chromium on a locked-down machine (root, no network but localhost). */
export const browserArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
