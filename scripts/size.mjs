/**
 * `npm run size`: what each kind of page downloads, in gzip -9 bytes of JavaScript (each file
 * gzipped as it is served), against its budget. The script-tag embed, dist/book-widgets.js, loads
 * each element's chunks on first use (dist/chunks.json lists them), so a page pays for the elements
 * it uses. Also: the one-file dist/book-widgets.bundle.js, each element's import for npm users
 * (bundled like the embed, all in one build), and the floor: a one-element Lit bundle made the same way.
 * Fails when a page is over its budget.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {resolve} from 'node:path';
import {rollup} from 'rollup';
import {bundlePlugins} from '../rollup.config.mjs';

const KB = 1024;

/**
 * The pages and their budgets (issue #15), gzip -9 of all the JavaScript the page downloads. A budget
 * moves only in a commit that says why and by how much. The issue's numbers (a card 12 KB, the
 * newsletter form 9 KB, `<book-page>` 24 KB) proved below those pages' floors (`floorOf` below):
 * their budgets are the floor measured on 2026-12-02 plus 5 % (bench/README.md, "The bundle budget").
 */
export const pages = [
  // Floor 19.24 KB: the page alone 17.94 KB, and 1.30 KB for its four files. Then 20.2 -> 20.98 KB
  // (the new floor, 19.98, plus 5 %) for format 2's parser (editions, prices, series, praise, authors'
  // bios, samples, links by retailer): +0.74 KB in `core`, which every book widget loads.
  // Then 20.98 -> 21.56 KB (the new floor, 20.53, plus 5 %) for the card's format-2 lines (series,
  // "Pre-order · releases …" with the date in the reader's language: +0.29 KB) and the retailer
  // catalogue's loader in core (+0.24 KB since). From before issue #16, the card page is +1.34 KB.
  // Then 21.56 -> 21.39 KB, the most issue #16 allows (19.89 before it, plus 1.5 KB): the card page
  // is 20.97 KB once the provider side of @lit/context (only <book-data> provides) left core for
  // <book-data>'s chunk (-0.45 KB), with <book-buy>'s loader entry (+0.04) and buy links ordered
  // for the reader (in the catalogue's chunk, loaded only where needed).
  // Then 21.39 -> 23.39 KB (the floor, 22.28, plus 5 %) for the translations (issue #17): the shared
  // chunk's registry, plural rules, language and direction of each element, the site's strings
  // (~1.3 KB), and every element's English strings as templates; packs are separate files.
  // Then 23.39 -> 24.33 KB (the floor, 23.17, plus 5 %) for pre-rendered pages (issue #18): the loader
  // asks for the hydration chunk when an element came with its shadow root (0.1 KB), the elements wait
  // for what their first render needs before adopting it, and the shared chunk exports what that
  // chunk imports of Lit (0.05 KB). Hydration itself (2.1 KB) loads only on pre-rendered pages.
  {name: 'a page with one <book-card>', tags: ['book-card'], budget: 24.33 * KB},
  // Floor 12.91 KB: the page alone 12.07 KB, and 0.85 KB for its three files.
  // Then 13.56 -> 15.65 KB (the floor, 14.90, plus 5 %) for the translations, as the card's (the
  // form also takes the number formatting the registry needs, which was the core's).
  // Then 15.65 -> 16.68 KB (the floor, 15.89, plus 5 %) for pre-rendered forms (issue #18): each
  // service's plain form (its URL and field names, so that the form posts without JavaScript), the
  // inputs a pre-rendered element is adopted with (shared), and the loader's check for hydration.
  {name: 'a page with only <newsletter-signup>', tags: ['newsletter-signup'], budget: 16.68 * KB},
  // Floor 25.75 KB: the page alone 21.92 KB, and 3.83 KB for its nine files. Then 27.04 -> 27.84 KB
  // (the new floor, 26.51, plus 5 %) for format 2's parser, as above. Then 27.84 -> 28.29 KB (the new
  // floor, 26.94, plus 5 %) for <book-praise>: the page loads its chunk only for a book with praise
  // (+0.2 KB: that code, and the loader's entry for one more element).
  // Then 28.29 -> 28.75 KB (the floor, 27.38, plus 5 %) for the card's format-2 lines, as above.
  // Then 28.75 -> 29.37 KB (the floor, 27.97, plus 5 %) for <book-buy> in the page: its placeholder
  // and loader entry in the page's code, and in core the order of buy links for the reader's store
  // (+0.2 KB). Like the other format-2 sections, <book-buy>'s chunk (2.9 KB) and the catalogue's
  // (4.5 KB) load only for a book with editions, and are not counted here.
  // Then 29.37 -> 31.15 KB (the floor, 29.67, plus 5 %) for the translations, as the card's.
  // Then 31.15 -> 32.32 KB (the floor, 30.78, plus 5 %) for pre-rendered pages, as the card's, and
  // Lit's directive base as a chunk of its own (shared by <book-toc> and hydration: one more file).
  {name: '<book-page> with every section of the demo book', tags: ['book-page'], budget: 32.32 * KB},
  // The issue's 34 KB, then 34.35 for format 2's parser. Its floor had left out the loader, which
  // every other page's counts: with it the floor was 33.46 KB, and with format 2's parser and the
  // retailer catalogue (a chunk of 2.8 KB, loaded only for links it builds) it is 36.32 KB. So
  // 34.35 -> 38.14 KB, the floor plus 5 %. Then 39.76 KB (the floor, 37.87, plus 5 %) with <book-praise>,
  // 40.94 KB (the floor, 38.99, plus 5 %) with <book-author>, and 42.24 KB (the floor, 40.23, plus 5 %)
  // with <book-series>. Then 48.12 KB (the floor, 45.83, plus 5 %) with <book-buy> (its chunk, its
  // prices and store picker), the site's own retailers and the store choice in the catalogue.
  // Then 52.15 KB (the floor, 49.67, plus 5 %) for the translations, and one language's pack (the
  // largest, 1.5 KB): a page in any language counts one.
  // Then 56.02 KB (the floor, now counting hydration as the figure does, 53.35, plus 5 %) with the
  // hydration chunk for pre-rendered pages (2.1 KB) and Lit's directive base as a chunk of its own.
  {name: 'every element and feature at once', tags: 'all', budget: 56.02 * KB},
];

const gzip = (code) => gzipSync(code, {level: 9}).length;
const read = (file) => readFileSync(`dist/${file.replace(/^\.\//, '')}`);
const served = (file) => gzip(read(file));

/**
 * One element's own import, bundled like the embed: its entry and every chunk that entry imports
 * statically (what loads with it; the lazy ones, JSON-LD and the ISBN adapters, wait for their use).
 */
async function bundleSize(input, plugins = []) {
  return (await bundleSizes({input}, plugins)).input;
}

/**
 * Each entry's size in one build of them all: its chunk and every chunk it imports statically, as
 * an app that imports several elements gets them (the code they share in shared chunks, so an
 * element alone bundles a little smaller). One build, not one per element: twelve builds, each
 * minifying Lit and the core again, took most of `npm run size`'s ~50 s on 2 cores (now ~17 s).
 */
async function bundleSizes(inputs, plugins = []) {
  const build = await rollup({input: inputs, plugins: [...plugins, ...bundlePlugins()], onwarn: () => {}});
  const {output} = await build.generate({format: 'es'});
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const sizes = {};
  for (const entry of output.filter((c) => c.type === 'chunk' && c.isEntry)) {
    const loaded = new Set();
    const visit = (chunk) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      for (const file of chunk.imports) visit(chunks.get(file));
    };
    visit(entry);
    const code = [...loaded].map((chunk) => chunk.code).join('\n');
    sizes[entry.name] = {raw: code.length, gzip: gzip(code)};
  }
  return sizes;
}

/**
 * The floor of a page: the smallest correct build of it that we know how to make. First the page
 * built alone (`alone`): the loader, which every page of the script tag runs, and the code of the
 * page's elements in one file made for that page only, nothing in it that the page does not run.
 * The script tag cannot serve that: it loads each element's code and the shared code as chunks that
 * every page shares (issue #15), and each file is gzipped on its own, losing what it could have
 * shared with the others. What that costs is measured on the page's own files (`split`: gzipped one
 * by one, against gzipped as one), and the floor is the page alone plus that cost.
 */
async function floorOf(tags, files) {
  const split = files.reduce((sum, file) => sum + served(file), 0) - gzip(Buffer.concat(files.map(read)));
  // Everything: the loader and the one-file bundle, which holds every element and feature, one
  // language's pack (the bundle loads it as the script tag does), and hydration for pre-rendered
  // pages (the bundle leaves it out: there such elements draw anew).
  if (tags === 'all') {
    const hydration = readdirSync('dist/chunks').find((f) => /^hydrate-.+\.js$/.test(f));
    return {
      alone:
        served('book-widgets.js') +
        gzip(readFileSync('dist/book-widgets.bundle.js')) +
        served(`chunks/${largestPack()}`) +
        served(`chunks/${hydration}`),
      split,
    };
  }
  const page = {
    name: 'book-widgets-page',
    resolveId: (id) => (id === 'book-widgets:page' ? id : null),
    load: (id) =>
      id === 'book-widgets:page'
        ? tags.map((tag) => `import ${JSON.stringify(resolve(`dist/elements/${tag}/define.js`))};`).join('\n')
        : null,
  };
  return {alone: served('book-widgets.js') + (await bundleSize('book-widgets:page', [page])).gzip, split};
}

/** The largest language pack's file: a page in any language downloads one. */
let largest;
const largestPack = () =>
  (largest ??= readdirSync('dist/chunks')
    .filter((f) => /^lang-.+\.js$/.test(f))
    .map((f) => [f, served(`chunks/${f}`)])
    .sort((a, b) => b[1] - a[1])[0][0]);

/** The files a page with these elements downloads: the entry and each element's chunks, once each. */
export function pageFiles(tags) {
  // Everything: every chunk, also those loaded only by a feature (JSON-LD, the ISBN sources).
  if (tags === 'all')
    return [
      'book-widgets.js',
      ...readdirSync('dist/chunks')
        // A page is in one language: one pack (the longest) counts, not all sixteen.
        .filter((f) => f.endsWith('.js') && (!f.startsWith('lang-') || f === largestPack()))
        .map((f) => `chunks/${f}`),
    ];
  const chunks = JSON.parse(readFileSync('dist/chunks.json', 'utf8'));
  return ['book-widgets.js', ...new Set(tags.flatMap((tag) => chunks[tag]))];
}

export async function measureSizes() {
  if (!existsSync('dist/chunks.json')) execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
  const pageRows = [];
  for (const page of pages) {
    const files = pageFiles(page.tags);
    const gzip = files.reduce((sum, file) => sum + served(file), 0);
    const {alone, split} = await floorOf(page.tags, files);
    pageRows.push({...page, files: files.length, gzip, alone, split, floor: alone + split});
  }
  const bundle = readFileSync('dist/book-widgets.bundle.js');
  const rows = [{name: 'dist/book-widgets.bundle.js (everything, one file)', raw: bundle.length, gzip: gzip(bundle)}];
  const {elements} = await import('../dist/registry.js');
  const tags = Object.keys(elements);
  const sizes = await bundleSizes(Object.fromEntries(tags.map((tag) => [tag, `dist/elements/${tag}/define.js`])));
  for (const tag of tags) rows.push({name: `book-widgets/${tag}.js`, ...sizes[tag]});
  rows.push({name: 'floor: one Lit element', ...(await bundleSize('scripts/size-floor.js'))});
  // A language's pack: one small file, loaded only by a page in that language (issue #17: 1.5 KB each).
  const packs = readdirSync('dist/chunks')
    .filter((file) => /^lang-.+\.js$/.test(file))
    .map((file) => ({name: file.replace(/^lang-(.+)-[\w-]{8}\.js$/, '$1'), gzip: served(`chunks/${file}`), budget: packBudget}));
  return {pages: pageRows, rows, packs};
}

export const packBudget = 1.5 * KB;

if (import.meta.url === `file://${process.argv[1]}`) {
  const {pages: measured, rows, packs} = await measureSizes();
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log(
    '| page (script tag: dist/book-widgets.js and its chunks) | files | gzip -9 | page alone | + split | floor | budget |\n' +
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const page of measured)
    console.log(
      `| ${page.name} | ${page.files} | ${kb(page.gzip)} | ${kb(page.alone)} | ${kb(page.split)} | ${kb(page.floor)} | ${kb(page.budget)} |`,
    );
  console.log('\n| bundle | raw | gzip -9 |\n| --- | ---: | ---: |');
  for (const {name, raw, gzip} of rows) console.log(`| ${name} | ${kb(raw)} | ${kb(gzip)} |`);
  console.log('\n| language pack (dist/chunks/lang-*.js) | gzip -9 | budget |\n| --- | ---: | ---: |');
  for (const pack of packs) console.log(`| ${pack.name} | ${kb(pack.gzip)} | ${kb(pack.budget)} |`);
  let failed = false;
  for (const pack of packs.filter((p) => p.gzip > p.budget)) {
    console.error(`the ${pack.name} pack: ${kb(pack.gzip)}, over its ${kb(pack.budget)} budget`);
    failed = true;
  }
  for (const page of measured) {
    if (page.gzip <= page.budget) continue;
    console.error(`${page.name}: ${kb(page.gzip)}, over its ${kb(page.budget)} budget by ${kb(page.gzip - page.budget)}`);
    failed = true;
  }
  if (failed) process.exit(1);
}
