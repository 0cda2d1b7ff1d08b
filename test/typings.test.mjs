// The typings the build generates for the frameworks (dist/types/), checked as an app would: each
// fixture app under test/fixtures/typings/ imports `book-widgets/<framework>` by the package's name
// and compiles with TypeScript, strict, libraries' types checked. Every `@ts-expect-error` in them
// (a misspelled attribute, a wrong value, a wrong use of an event's detail) must meet its error, so
// typings gone loose fail here as surely as missing ones.
import {execFile} from 'node:child_process';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';

const compile = (project) =>
  new Promise((resolve) =>
    execFile('node_modules/.bin/tsc', ['-p', project], (error, stdout) => resolve({code: error?.code ?? 0, output: stdout})),
  );

describe('typings for the frameworks', () => {
  for (const framework of ['react', 'preact', 'solid']) {
    it(`a ${framework} app compiles against them`, async () => {
      const {code, output} = await compile(`test/fixtures/typings/${framework}/tsconfig.json`);
      assert.equal(code, 0, output);
    });
  }
});
