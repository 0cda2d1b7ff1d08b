import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/minify-templates.mjs';

/** How every bundle here is made: the embed, and the per-element sizes `npm run size` reports. */
export const bundlePlugins = () => [
  nodeResolve(),
  minifyTemplates(),
  terser({ecma: 2021, module: true, compress: {passes: 2, global_defs: {BOOK_WIDGETS_BUNDLE: true}}, format: {comments: false}}),
];

/** The script-tag embed: every element, Lit inside, one minified file. Input: tsc's output. */
export default {
  input: 'dist/all.js',
  output: {file: 'dist/book-widgets.js', format: 'es', sourcemap: true},
  plugins: bundlePlugins(),
};
