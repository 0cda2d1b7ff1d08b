import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

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

/** How every bundle here is made: the embed, and the per-element sizes `npm run size` reports. */
export const bundlePlugins = () => [
  nodeResolve(),
  minifyHTML({failOnError: true}),
  terser({ecma: 2021, module: true, compress: {passes: 2, global_defs: {BOOK_WIDGETS_BUNDLE: true}}, format: {comments: false}}),
];

/** The script-tag embed: every element, Lit inside, one minified file. Input: tsc's output. */
export default {
  input: 'book-widgets:all',
  output: {file: 'dist/book-widgets.js', format: 'es', sourcemap: true},
  plugins: [registryEntry(), ...bundlePlugins()],
};
