import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
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

/** How every bundle here is made: the embed, and the per-element sizes `npm run size` reports. */
export const bundlePlugins = () => [
  nodeResolve(),
  withoutFieldDescriptions(),
  minifyHTML({failOnError: true}),
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: false}}),
];

/** The script-tag embed: every element, Lit inside, one minified file. Input: tsc's output. */
export default {
  input: 'book-widgets:all',
  output: {file: 'dist/book-widgets.js', format: 'es', sourcemap: true},
  plugins: [registryEntry(), ...bundlePlugins()],
};
