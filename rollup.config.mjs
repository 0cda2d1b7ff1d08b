import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import MagicString from 'magic-string';

/**
 * The script-tag embed's entry: a static import of each define module the registry names
 * (src/registry.ts), so the one file defines every element as it runs. Importing all.js, whose
 * registry loaders are dynamic imports, would inline them at ~0.2 KB gzip more.
 */
const registryEntry = () => ({
  name: 'book-widgets-registry-entry',
  resolveId: (id) => (id === 'book-widgets:all' ? id : null),
  load(id) {
    if (id !== 'book-widgets:all') return null;
    const registry = readFileSync('dist/registry.js', 'utf8');
    const modules = [...registry.matchAll(/import\('(\.\/[^']+)'\)/g)].map(([, path]) => resolve('dist', path));
    if (!modules.length) this.error('dist/registry.js names no element modules');
    return modules.map((path) => `import ${JSON.stringify(path)};`).join('\n');
  },
});

/**
 * The elements never write a JSON Schema, so the bundles here leave out what the format's fields say
 * of themselves for it (`describe`, read only by src/format/json-schema.ts): ~0.1 KB gzip.
 */
const withoutFieldDescriptions = () => ({
  name: 'book-widgets-without-field-descriptions',
  transform(code, id) {
    if (!/[/\\]dist[/\\]format[/\\]/.test(id) || !code.includes('describe')) return null;
    const out = new MagicString(code);
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'ObjectExpression') {
        node.properties.forEach((property, i) => {
          if (property.key?.name !== 'describe') return;
          // The property and the comma before it (or after it, when it comes first).
          const next = node.properties[i + 1];
          const start = i ? node.properties[i - 1].end : property.start;
          const end = i ? property.end : next ? next.start : property.end;
          out.remove(start, end);
        });
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value.type === 'string') visit(value);
      }
    };
    visit(this.parse(code));
    return {code: out.toString(), map: out.generateMap({hires: true})};
  },
});

/** The language packs stay files of their own next to the one-file bundle: `./i18n/packs/de.js`. */
const packsBeside = () => ({
  name: 'book-widgets-packs-beside',
  resolveId(source, importer) {
    const pack = /[/\\]dist[/\\]i18n[/\\]translate\.js$/.test(importer ?? '') && source.match(/^\.\/packs\/([^/]+\.js)$/)?.[1];
    return pack ? {id: `./i18n/packs/${pack}`, external: true} : null;
  },
});

/** How every bundle here is made: the embed, and the per-element sizes `npm run size` reports. */
export const bundlePlugins = () => [
  nodeResolve(),
  withoutFieldDescriptions(),
  // Lit's templates are minified already, in dist/ (scripts/build.mjs): here they stay as they are.
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
];

/**
 * Two shared chunks instead of many small ones: `lit` (Lit, the shared styles, what every element
 * needs, the newsletter form included) and `core` (loading, parsing and showing a book: what every
 * book widget needs). Each element's own code stays in its chunk; the JSON-LD writer stays apart,
 * for the pages that ask for it.
 */
const sharedChunk = (id) => {
  const path = id.replace(/\\/g, '/');
  // A directive goes with the elements that use it (`guard`: only <book-toc>).
  // Hydration's part of Lit goes with the hydration chunk, for pre-rendered pages only.
  if (/\/node_modules\/lit-html\/(development\/)?(private-ssr-support|experimental-hydrate|directive-helpers)\.js$/.test(path))
    return undefined;
  if (/\/node_modules\/(lit|lit-html)\/(directives\/|directive\.js)/.test(path)) return undefined;
  if (/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'lit';
  if (/\/node_modules\/@lit\/context\/lib\/(context-root|context-request-event)\.js$/.test(path)) return 'lit';
  if (
    /\/dist\/(define|events\/events|styles\/shared-styles|templates\/heading|i18n\/translate|text\/intl|config\/render-inputs)\.js$/.test(
      path,
    )
  )
    return 'lit';
  // The provider side of context (its controller, and the value it notifies) goes with <book-data>,
  // its only user, into that element's chunk: cards, which only consume, do without its bytes.
  if (/\/node_modules\/@lit\/context\/(development\/)?lib\/(controllers\/context-provider|value-notifier)\.js$/.test(path))
    return 'book-data';
  if (/\/dist\/elements\/book-data\//.test(path)) return 'book-data';
  if (/\/node_modules\/@lit\/context\//.test(path)) return 'core';
  if (/\/dist\/(format|loading|config|context|links|text|templates|elements\/book-element)\//.test(path)) return 'core';
  // The ISBN look-up (sources/) loads with the first book by ISBN: not core.
  if (/\/dist\/seo\/structured-data\.js$/.test(path)) return 'core';
  return undefined;
};

/**
 * `book-card` for the chunk of src/elements/book-card/define.ts, `isbn` for the ISBN look-up's
 * (src/sources/lookup.ts): chunks named by what loads them, and the keys of the chunk map.
 */
const elementOf = (chunk) =>
  chunk.isDynamicEntry
    ? [chunk.facadeModuleId, ...chunk.moduleIds]
        .map(
          (id) =>
            id?.match(/[/\\]elements[/\\]([^/\\]+)[/\\]define\.js$/)?.[1] ??
            (/[/\\]sources[/\\]lookup\.js$/.test(id ?? '') ? 'isbn' : undefined) ??
            (/[/\\]ssr[/\\]hydrate\.js$/.test(id ?? '') ? 'hydrate' : undefined),
        )
        .find(Boolean)
    : undefined;

/** `de` for the German pack's chunk (src/i18n/packs/de.ts): one small file per language. */
const packOf = (chunk) => chunk.facadeModuleId?.match(/[/\\]i18n[/\\]packs[/\\]([^/\\]+)\.js$/)?.[1];

/** The files each element needs: its own chunk first, then every chunk it imports, at any depth. */
const chunksOfElements = (chunks) => {
  const needs = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of chunks[file].imports) needs(imported, seen);
    return seen;
  };
  const map = {};
  for (const chunk of Object.values(chunks)) {
    const key = chunk.type !== 'asset' && elementOf(chunk);
    if (key) map[key] = [...needs(chunk.fileName)].map((file) => `./${file}`);
  }
  return map;
};

/**
 * Writes the files each element needs into the entry, in place of '__BOOK_WIDGETS_CHUNKS__', before
 * it is minified (the file names' hashes are filled in by Rollup after), so that the autoloader
 * requests them all at once rather than one level of imports after another; and lists them in
 * dist/chunks.json, for `npm run size` and the tests.
 */
const chunkMap = () => ({
  name: 'book-widgets-chunk-map',
  renderChunk(code, chunk, _options, {chunks}) {
    if (!chunk.isEntry) return null;
    if (!code.includes("'__BOOK_WIDGETS_CHUNKS__'")) this.error("the entry has no '__BOOK_WIDGETS_CHUNKS__' to replace");
    const out = new MagicString(code);
    const at = code.indexOf("'__BOOK_WIDGETS_CHUNKS__'");
    out.overwrite(at, at + "'__BOOK_WIDGETS_CHUNKS__'".length, JSON.stringify(chunksOfElements(chunks)));
    return {code: out.toString(), map: out.generateMap({hires: true})};
  },
  generateBundle(_options, bundle) {
    // Two chunks that import each other fail at load ("cannot access … before initialization"): a
    // module put in the wrong shared chunk does that, so the build refuses it.
    const cycle = (file, path = []) => {
      if (path.includes(file)) return [...path.slice(path.indexOf(file)), file];
      for (const imported of bundle[file]?.imports ?? []) {
        const found = cycle(imported, [...path, file]);
        if (found) return found;
      }
      return undefined;
    };
    for (const file of Object.keys(bundle)) {
      const found = bundle[file].type === 'chunk' && cycle(file);
      if (found) this.error(`chunks import each other: ${found.join(' -> ')} (see sharedChunk)`);
    }
    this.emitFile({type: 'asset', fileName: 'chunks.json', source: JSON.stringify(chunksOfElements(bundle), null, 2) + '\n'});
  },
});

export default [
  /**
   * The script-tag embed, dist/book-widgets.js: a small autoloader, and each element's code and the
   * code they share as chunks beside it in dist/chunks/, loaded on first use. Input: tsc's output.
   */
  {
    input: 'dist/autoload.js',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'book-widgets.js',
      chunkFileNames: (chunk) => `chunks/${elementOf(chunk) ?? (packOf(chunk) ? `lang-${packOf(chunk)}` : chunk.name)}-[hash].js`,
      manualChunks: sharedChunk,
    },
    // Before the minifier: it would fold the placeholder away.
    plugins: [chunkMap(), ...bundlePlugins()],
  },
  /**
   * The same in one self-contained file, dist/book-widgets.bundle.js, for sites that upload one file:
   * English inside; another language's pack is a small file it loads from beside it
   * (dist/i18n/packs/), and where that file is missing the widgets show English.
   */
  {
    input: 'book-widgets:all',
    output: {file: 'dist/book-widgets.bundle.js', format: 'es', sourcemap: true, inlineDynamicImports: true},
    plugins: [registryEntry(), packsBeside(), ...bundlePlugins()],
  },
];
