/**
 * `npm run build`: per-element ES modules with types for npm (dist/, Lit left as a bare import),
 * the JSON Schemas, the one-file bundle (dist/book-widgets.js, Lit inside, minified) and
 * dist/custom-elements.json.
 */
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
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

// 2. The JSON Schemas, from the compiled format module.
execFileSync('node', ['scripts/write-schema.mjs'], {stdio: 'inherit'});

// 3. The bundle.
execFileSync('node_modules/.bin/rollup', ['-c', '--silent'], {stdio: 'inherit'});

// 4. The manifest of elements, attributes, events, slots, parts and custom properties
// (custom-elements-manifest.config.mjs says what it reads and how).
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], {stdio: 'inherit'});
console.log('built dist/');
