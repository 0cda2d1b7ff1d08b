/**
 * `npm run build`: per-element ES modules with types for npm (dist/, Lit left as a bare import),
 * the JSON Schemas, the one-file bundle (dist/book-widgets.js, Lit inside, minified) and
 * dist/custom-elements.json.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import remapping from '@jridgewell/remapping';
import {minifyHTMLLiterals} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import {generateJsxTypes} from 'custom-element-jsx-integration';
import {generateSolidJsTypes} from 'custom-element-solidjs-integration';
import {generateSvelteTypes} from 'custom-element-svelte-integration';
import {generateVuejsTypes} from 'custom-element-vuejs-integration';
import ts from 'typescript';

rmSync('dist', {recursive: true, force: true});

// 1. TypeScript → dist/, with the project's one tsconfig.json, leaving out the tests.
const {config} = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config, ts.sys, '.');
const files = parsed.fileNames.filter((f) => f.startsWith('src/') && !f.endsWith('.test.ts'));
const program = ts.createProgram(files, {...parsed.options, noEmit: false, rootDir: 'src', outDir: 'dist'});
const {diagnostics} = program.emit();
const errors = [...ts.getPreEmitDiagnostics(program), ...diagnostics];
if (errors.length) {
  console.error(
    ts.formatDiagnosticsWithColorAndContext(errors, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: ts.sys.getCurrentDirectory,
      getNewLine: () => '\n',
    }),
  );
  process.exit(1);
}

// 1b. Lit's templates and styles minified in place, once: the npm modules, the script tag's chunks
// (bundled from these) and the server render (which imports these) then hold the same template
// strings, which hydrating pre-rendered HTML needs: Lit matches a template by its strings.
await minifyTemplates('dist');

// 2. The JSON Schemas, from the compiled format module.
execFileSync('node', ['scripts/write-schema.mjs'], {stdio: 'inherit'});

// 3. The bundle.
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], {stdio: 'inherit'});

// 4. The manifest of elements, attributes, events, slots, parts and custom properties
// (custom-elements-manifest.config.mjs says what it reads and how).
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], {stdio: 'inherit'});

// 5. Typings for the frameworks' templates, generated from that manifest: every element with its
// attributes, properties and events (their details typed) for JSX (React 19, Preact) and Solid.
writeTypings();
console.log('built dist/');

async function minifyTemplates(dir) {
  for (const entry of readdirSync(dir, {recursive: true})) {
    const file = join(dir, entry);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    if (!/\b(html|css|svg)\s*`/.test(code)) continue;
    const result = await minifyHTMLLiterals(code, {fileName: file});
    if (!result) continue;
    // The source map goes from the minified code to the TypeScript, through tsc's map.
    const tscMap = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const map = remapping([{...result.map, sources: [file], file}, tscMap], () => null);
    map.sources = tscMap.sources;
    map.sourcesContent = tscMap.sourcesContent;
    map.file = tscMap.file;
    writeFileSync(file, result.code.replace(/\/\/# sourceMappingURL=.*\s*$/, '') + `//# sourceMappingURL=${tscMap.file}.map\n`);
    writeFileSync(`${file}.map`, JSON.stringify(map));
  }
}

function writeTypings() {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  // The generators take an event's type as its detail's; the manifest writes `CustomEvent<Detail>`.
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? []))
    for (const event of declaration.events ?? [])
      if (event.type) event.type.text = event.type.text.replace(/^CustomEvent<(.+)>$/, '$1');
  const options = {outdir: 'dist/types', globalTypePath: '../index.js', hideLogs: true};
  generateJsxTypes(manifest, {...options, fileName: 'jsx.d.ts'});
  generateSolidJsTypes(manifest, {...options, fileName: 'solid-elements.d.ts'});
  generateVuejsTypes(manifest, {...options, fileName: 'vue.d.ts'});
  generateSvelteTypes(manifest, {...options, fileName: 'svelte.d.ts'});
  // The generators import a detail type once per element that fires it: a duplicate identifier
  // for a project that checks libraries' types. Each name once.
  for (const file of ['jsx', 'solid-elements', 'vue', 'svelte'].map((name) => `dist/types/${name}.d.ts`)) {
    let code = readFileSync(file, 'utf8');
    // Vue's template checker looks for `@book-load`'s handler as `onBookLoad`: the Vue types name
    // each event so too, beside the generator's `onbook-load`.
    if (file.endsWith('vue.d.ts'))
      code = code.replace(/"on([a-z]+(?:-[a-z]+)+)"\?:([^\n]*)/g, (line, name, type) => {
        const camel = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
        return `${line}\n  "on${camel[0].toUpperCase()}${camel.slice(1)}"?:${type}`;
      });
    // Svelte: its element types are global (the generator declares them in a module, where they
    // would stay local), Svelte 5 listens with `onbook-load` beside the older `on:book-load`, and a
    // Svelte project has no JSX namespace (children are markup, a style is a string).
    if (file.endsWith('svelte.d.ts'))
      code = code
        .replace(/JSX\.Element/g, 'unknown')
        .replace(/JSX\.CSSProperties/g, 'string')
        .replace(/"on:([a-z-]+)"\?:([^\n]*)/g, (line, name, type) => `${line}\n  "on${name}"?:${type}`)
        .replace(
          /declare namespace svelteHTML \{([\s\S]*)\}\s*$/,
          (_, body) => `declare global {\n  namespace svelteHTML {${body}}\n}\n`,
        );
    code = code.replace(
      /import type \{([^}]*)\} from "\.\.\/index\.js";/,
      (_, names) =>
        `import type {${[
          ...new Set(
            names
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean),
          ),
        ].join(', ')}} from "../index.js";`,
    );
    writeFileSync(file, code);
  }
  // Each framework's own place for element types, extended by the generated ones.
  const extend = (module, namespace, from = './jsx.js') =>
    `import type {CustomElements} from '${from}';\n\ndeclare module '${module}' {\n  namespace ${namespace} {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
  writeFileSync(
    'dist/types/solid.d.ts',
    `/** Solid: \`import type {} from 'book-widgets/solid'\` once, in any file. */\n${extend('solid-js', 'JSX', './solid-elements.js')}`,
  );
  writeFileSync(
    'dist/types/react.d.ts',
    `/** React 19: \`import type {} from 'book-widgets/react'\` once, in any file. */\n${extend('react', 'JSX')}`,
  );
  writeFileSync(
    'dist/types/preact.d.ts',
    `/** Preact: \`import type {} from 'book-widgets/preact'\` once, in any file. */\n${extend('preact', 'JSX')}`,
  );
}
