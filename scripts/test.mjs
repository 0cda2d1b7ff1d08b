/**
 * `npm test`: type-check, lint, build, find (or install) a browser, look at the demo page in it
 * (scripts/screenshots.mjs), then run every test in headless Chromium. Arguments go to the test
 * runner (`npm test -- --files src/format/book.test.ts`); with them, build and screenshots are skipped.
 */
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {findBrowser} from './find-browser.mjs';

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
let browser;
try {
  browser = findBrowser();
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
  run('node', ['--test', '--test-reporter=dot', 'test/cli.test.mjs', 'test/demo-server.test.mjs'], env);
  run('node', ['scripts/screenshots.mjs'], env);
  // The benchmark, small (N=10, one run), so it cannot rot; `npm run bench` is the real one.
  run('node', ['bench/run.mjs', '--smoke'], env);
}
// Last, so the runner's summary line is the last thing printed.
run('node_modules/.bin/wtr', runnerArgs, env);
