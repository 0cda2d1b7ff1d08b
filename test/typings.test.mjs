// The typings the build generates for the frameworks (dist/types/), checked as an app would: each
// fixture app under test/fixtures/typings/ imports `book-widgets/<framework>` by the package's name
// and compiles with TypeScript, strict, libraries' types checked. Every `@ts-expect-error` in them
// (a misspelled attribute, a wrong value, a wrong use of an event's detail) must meet its error, so
// typings gone loose fail here as surely as missing ones.
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {resolve as resolvePath} from 'node:path';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';

const compile = (project, checker = 'tsc') =>
  new Promise((resolve) =>
    execFile(`node_modules/.bin/${checker}`, ['-p', project], (error, stdout) =>
      resolve({code: error?.code ?? 0, output: stdout}),
    ),
  );

/** svelte-check's errors, by line of the fixture, as `{line: message}`. */
const svelteErrors = () =>
  new Promise((resolve) =>
    execFile(
      'node_modules/.bin/svelte-check',
      [
        '--workspace',
        'test/fixtures/typings/svelte',
        '--tsconfig',
        resolvePath('test/fixtures/typings/svelte/tsconfig.json'),
        '--output',
        'machine',
      ],
      (_, stdout) =>
        resolve(
          Object.fromEntries(
            [...stdout.matchAll(/ ERROR "([^"]+)" (\d+):\d+ (.*)/g)].map(([, file, line, message]) => [
              `${file}:${line}`,
              message,
            ]),
          ),
        ),
    ),
  );

describe('typings for the frameworks', () => {
  for (const framework of ['react', 'preact', 'solid', 'vue']) {
    it(`a ${framework} app compiles against them`, async () => {
      // Vue's single-file components are checked by vue-tsc, Vue's own TypeScript front end.
      const checker = framework === 'vue' ? 'vue-tsc' : 'tsc';
      const {code, output} = await compile(`test/fixtures/typings/${framework}/tsconfig.json`, checker);
      assert.equal(code, 0, output);
    });
  }

  it('a svelte app is checked against them: errors exactly where it expects them', async () => {
    // Svelte has no expect-error for markup: the line after each "expect-error" comment must have
    // an error, and no other line may (the typings' own file included).
    const lines = readFileSync('test/fixtures/typings/svelte/App.svelte', 'utf8').split('\n');
    const expected = lines.flatMap((text, i) => (text.includes('<!-- expect-error') ? [`App.svelte:${i + 2}`] : []));
    const errors = await svelteErrors();
    assert.deepEqual(Object.keys(errors).sort(), expected.sort(), JSON.stringify(errors, null, 2));
  });
});
