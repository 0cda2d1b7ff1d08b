/** `npm test`: type-check, find (or install) a browser, then run every test in headless Chromium. */
import {spawnSync} from 'node:child_process';
import {findBrowser} from './find-browser.mjs';

const run = (command, args, env = process.env) => {
  const {status} = spawnSync(command, args, {stdio: 'inherit', env});
  if (status !== 0) process.exit(status ?? 1);
};

run('node_modules/.bin/tsc', ['-p', 'tsconfig.json']);
let browser;
try {
  browser = findBrowser();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
run('node_modules/.bin/wtr', process.argv.slice(2), {...process.env, CHROME_PATH: browser});
