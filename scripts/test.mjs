/**
 * `npm test`: type-check, lint, build, find (or install) the browsers, look at the demo page
 * (scripts/screenshots.mjs), then run every test in each of three engines in turn: Chromium, Firefox
 * and WebKit. Arguments go to the test runner (`npm test -- --files src/format/book.test.ts`); with
 * them, build and screenshots are skipped. `ENGINES=firefox,webkit npm test` runs only those.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {findBrowser, findFirefox, findWebKit} from './find-browser.mjs';

const run = (command, args, env = process.env) => {
  const {status} = spawnSync(command, args, {stdio: 'inherit', env});
  if (status !== 0) process.exit(status ?? 1);
};

/** What `npm publish` would ship: the build, the schemas and the docs, nothing from tests or the demo. */
function checkPackage() {
  const [{files}] = JSON.parse(spawnSync('npm', ['pack', '--dry-run', '--json'], {encoding: 'utf8'}).stdout);
  const stray = files
    .map((f) => f.path)
    .filter(
      (p) => !/^(dist\/|schema\/|bin\/|README\.md$|package\.json$|LICENSE)/.test(p) || /^dist\/(screenshots|test)\//.test(p),
    );
  if (stray.length) {
    console.error(`npm pack would ship files users do not need: ${stray.join(', ')}`);
    process.exit(1);
  }
  console.log(`npm pack: ${files.length} files, all for users`);
}

/** The package's `exports` give each element of the registry (src/registry.ts) its own import. */
async function checkExports() {
  const {exports} = JSON.parse(readFileSync('package.json', 'utf8'));
  const {elements} = await import('../dist/registry.js');
  const wrong = Object.keys(elements).filter((tag) => {
    const entry = exports[`./${tag}.js`];
    return entry?.default !== `./dist/elements/${tag}/define.js` || entry?.types !== `./dist/elements/${tag}/define.d.ts`;
  });
  if (wrong.length) {
    console.error(`package.json "exports" lacks, or has wrong, entries for: ${wrong.map((tag) => `./${tag}.js`).join(', ')}`);
    process.exit(1);
  }
}

const runnerArgs = process.argv.slice(2);
run('node_modules/.bin/tsc', ['-p', 'tsconfig.json']);
if (!runnerArgs.length) {
  // Lint and formatting (`npm run format` fixes what it can).
  run('node_modules/.bin/eslint', ['.']);
  run('node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.']);
}
const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const unknown = engines.filter((e) => !['chromium', 'firefox', 'webkit'].includes(e));
if (unknown.length) {
  console.error(`ENGINES lists ${unknown.join(', ')}: the engines are chromium, firefox and webkit.`);
  process.exit(1);
}
const version = (command, args) =>
  spawnSync(command, args, {encoding: 'utf8'}).stdout?.match(/\d+(\.\d+)+(esr)?/)?.[0] ?? 'unknown version';
const engineNames = {};
let browser;
try {
  // Chromium also takes the screenshots and runs the benchmark's smoke run.
  browser = findBrowser();
  engineNames.chromium = `Chromium ${version(browser, ['--version'])}`;
  if (engines.includes('firefox')) engineNames.firefox = `Firefox ${version(findFirefox(), ['--version'])}`;
  if (engines.includes('webkit')) {
    findWebKit();
    const webkit = version('dpkg-query', ['-W', '-f', '${Version}', 'libwebkit2gtk-4.1-0']);
    engineNames.webkit = `WebKit (WebKitGTK ${webkit.replace(/-.*/, '')})`;
  }
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const env = {...process.env, CHROME_PATH: browser};
if (!runnerArgs.length) {
  run('node', ['scripts/build.mjs'], env);
  // The build writes schema/ from src/format; on CI's fresh clone a change there means the
  // committed schema had drifted from the parser.
  if (process.env.CI && spawnSync('git', ['diff', '--quiet', '--', 'schema/']).status === 1) {
    console.error('schema/*.schema.json is out of date with src/format: run `npm run build` and commit schema/.');
    process.exit(1);
  }
  checkPackage();
  await checkExports();
  // Bytes each kind of page downloads: fails over a budget (scripts/size.mjs).
  run('node', ['scripts/size.mjs'], env);
  // The command-line tool and the demo server, with node's own test runner.
  run(
    'node',
    [
      '--test',
      '--test-reporter=dot',
      'test/cli.test.mjs',
      'test/demo-server.test.mjs',
      'test/node-import.test.mjs',
      'test/typings.test.mjs',
      'test/ssr.test.mjs',
      'test/eleventy.test.mjs',
    ],
    env,
  );
  run('node', ['scripts/screenshots.mjs'], env);
  // The benchmark, small (N=10, one run), so it cannot rot; `npm run bench` is the real one.
  run('node', ['bench/run.mjs', '--smoke'], env);
}
// The suite once per engine, each to its end even when one fails; then one line per engine.
const results = engines.map((engine) => {
  console.log(`\n${engineNames[engine]}: running the browser tests`);
  const {status} = spawnSync('node_modules/.bin/wtr', runnerArgs, {stdio: 'inherit', env: {...env, ENGINE: engine}});
  return {engine, passed: status === 0};
});
console.log('');
for (const {engine, passed} of results) console.log(`${engineNames[engine]}: ${passed ? 'all tests passed' : 'FAILED'}`);
process.exit(results.every((r) => r.passed) ? 0 : 1);
