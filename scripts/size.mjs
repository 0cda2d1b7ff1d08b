/**
 * `npm run size`: raw and gzip (-9) bytes of dist/book-widgets.js and of each element's smallest
 * import (its define module with Lit, bundled like the embed), next to the floor: a one-element Lit
 * bundle made the same way. Fails when the embed is over its budget.
 */
import {existsSync, readFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {bundlePlugins} from '../rollup.config.mjs';

export const budget = 18 * 1024;
/**
 * The embed is over its budget until a decision on issue #5 (see bench/README.md). Meanwhile
 * `npm test` runs this script with `--no-growth`: it then fails only above this ceiling, today's
 * size rounded up, so nothing makes the embed bigger while the gap is open. Lower it as bytes go.
 */
// Raised from 24.25 KB by 1 KB for the second hardening round (issue #14): a plain-object check
// of window.BookWidgets with warnings, caps on every list and text, related books loaded four at a
// time, source answers copied without prototypes, the newsletter's HTML-answer and message checks.
export const ceiling = 25.25 * 1024;

const gzip = (code) => gzipSync(code, {level: 9}).length;

async function bundleSize(input) {
  const build = await rollup({input, plugins: bundlePlugins(), onwarn: () => {}});
  const {output} = await build.generate({format: 'es'});
  return {raw: output[0].code.length, gzip: gzip(output[0].code)};
}

export async function measureSizes() {
  if (!existsSync('dist/book-widgets.js')) execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
  const embed = readFileSync('dist/book-widgets.js');
  const rows = [{name: 'dist/book-widgets.js (everything)', raw: embed.length, gzip: gzip(embed)}];
  const {elements} = await import('../dist/registry.js');
  for (const tag of Object.keys(elements))
    rows.push({name: `book-widgets/${tag}.js`, ...(await bundleSize(`dist/elements/${tag}/define.js`))});
  rows.push({name: 'floor: one Lit element', ...(await bundleSize('scripts/size-floor.js'))});
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  console.log('| bundle | raw | gzip -9 |\n| --- | ---: | ---: |');
  for (const {name, raw, gzip} of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(gzip)} |`);
  const total = rows[0].gzip;
  if (total > budget) {
    console.error(`\ndist/book-widgets.js is ${kb(total)} gzipped: over the ${kb(budget)} budget by ${kb(total - budget)}.`);
    if (!process.argv.includes('--no-growth')) process.exit(1);
    if (total > ceiling) {
      console.error(`It has also grown past the ${kb(ceiling)} ceiling it may not exceed while over budget.`);
      process.exit(1);
    }
    console.error(`Within the ${kb(ceiling)} no-growth ceiling (--no-growth): passing.`);
    process.exit(0);
  }
  console.log(`\ndist/book-widgets.js: ${kb(total)} of the ${kb(budget)} budget.`);
}
