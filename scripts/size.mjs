/**
 * `npm run size`: what each kind of page downloads, in gzip -9 bytes of JavaScript (each file
 * gzipped as it is served), against its budget. The script-tag embed, dist/book-widgets.js, loads
 * each element's chunks on first use (dist/chunks.json lists them), so a page pays for the elements
 * it uses. Also: the one-file dist/book-widgets.bundle.js, each element's own import for npm users
 * (bundled like the embed), and the floor: a one-element Lit bundle made the same way.
 * Fails when a page is over its budget; with `--no-growth`, only when it grows past its ceiling.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {bundlePlugins} from '../rollup.config.mjs';

const KB = 1024;

/**
 * The pages and their budgets (issue #15). A budget moves only in a commit that says why and by how
 * much. `ceiling`: while a page is over its budget, today's figure, which `--no-growth` (npm test)
 * holds it to; lower it as bytes go.
 */
export const pages = [
  {name: 'a page with one <book-card>', tags: ['book-card'], budget: 12 * KB, ceiling: 20.3 * KB},
  {name: 'a page with only <newsletter-signup>', tags: ['newsletter-signup'], budget: 9 * KB, ceiling: 12.7 * KB},
  {name: '<book-page> with every section of the demo book', tags: ['book-page'], budget: 24 * KB, ceiling: 26.9 * KB},
  {name: 'every element and feature at once', tags: 'all', budget: 34 * KB, ceiling: 34 * KB},
];

const gzip = (code) => gzipSync(code, {level: 9}).length;
const served = (file) => gzip(readFileSync(`dist/${file.replace(/^\.\//, '')}`));

/**
 * One element's own import, bundled like the embed: its entry and every chunk that entry imports
 * statically (what loads with it; the lazy ones, JSON-LD and the ISBN adapters, wait for their use).
 */
async function bundleSize(input) {
  const build = await rollup({input, plugins: bundlePlugins(), onwarn: () => {}});
  const {output} = await build.generate({format: 'es'});
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const file of chunk.imports) visit(chunks.get(file));
  };
  visit(output[0]);
  const code = [...loaded].map((chunk) => chunk.code).join('\n');
  return {raw: code.length, gzip: gzip(code)};
}

/** The files a page with these elements downloads: the entry and each element's chunks, once each. */
export function pageFiles(tags) {
  // Everything: every chunk, also those loaded only by a feature (JSON-LD, the ISBN sources).
  if (tags === 'all')
    return [
      'book-widgets.js',
      ...readdirSync('dist/chunks')
        .filter((f) => f.endsWith('.js'))
        .map((f) => `chunks/${f}`),
    ];
  const chunks = JSON.parse(readFileSync('dist/chunks.json', 'utf8'));
  return ['book-widgets.js', ...new Set(tags.flatMap((tag) => chunks[tag]))];
}

export async function measureSizes() {
  if (!existsSync('dist/chunks.json')) execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
  const pageRows = pages.map((page) => {
    const files = pageFiles(page.tags);
    return {...page, files: files.length, gzip: files.reduce((sum, file) => sum + served(file), 0)};
  });
  const bundle = readFileSync('dist/book-widgets.bundle.js');
  const rows = [{name: 'dist/book-widgets.bundle.js (everything, one file)', raw: bundle.length, gzip: gzip(bundle)}];
  const {elements} = await import('../dist/registry.js');
  for (const tag of Object.keys(elements))
    rows.push({name: `book-widgets/${tag}.js`, ...(await bundleSize(`dist/elements/${tag}/define.js`))});
  rows.push({name: 'floor: one Lit element', ...(await bundleSize('scripts/size-floor.js'))});
  return {pages: pageRows, rows};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const noGrowth = process.argv.includes('--no-growth');
  const {pages: measured, rows} = await measureSizes();
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log(
    '| page (script tag: dist/book-widgets.js and its chunks) | files | gzip -9 | budget |\n| --- | ---: | ---: | ---: |',
  );
  for (const page of measured) console.log(`| ${page.name} | ${page.files} | ${kb(page.gzip)} | ${kb(page.budget)} |`);
  console.log('\n| bundle | raw | gzip -9 |\n| --- | ---: | ---: |');
  for (const {name, raw, gzip} of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(gzip)} |`);
  let failed = false;
  for (const page of measured) {
    if (page.gzip <= page.budget) continue;
    const over = `${page.name}: ${kb(page.gzip)}, over its ${kb(page.budget)} budget by ${kb(page.gzip - page.budget)}`;
    if (!noGrowth) {
      console.error(over);
      failed = true;
    } else if (page.gzip > page.ceiling) {
      console.error(`${over}, and past the ${kb(page.ceiling)} it may not grow beyond while over budget.`);
      failed = true;
    } else {
      console.error(`${over} (within its ${kb(page.ceiling)} no-growth ceiling).`);
    }
  }
  if (failed) process.exit(1);
}
