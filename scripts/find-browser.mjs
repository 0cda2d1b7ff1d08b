/**
 * Finds Chrome or Chromium for the tests and the benchmark: CHROME_PATH first, then the usual
 * places. Where there is none and we are root with apt-get (a fresh Debian machine, CI), installs
 * Debian's `chromium`, saying so in one line; otherwise says in one line how to get a browser.
 */
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const onPath = (command) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
};

export function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  }
  const found = usualPaths.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log("No Chrome or Chromium found: installing Debian's chromium package with apt-get (about a minute)…");
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    try {
      execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {stdio: 'pipe', env});
    } catch (error) {
      // Only a failure is worth apt's output.
      process.stderr.write(String(error.stderr ?? ''));
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chrome or Chromium found: install one (on Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
  );
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
