// Every entry of the package imports in Node with no DOM (a server render, a build step, a test
// runner), each in a fresh process as an app's server would load it: nothing runs that needs a page.
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';

const {exports} = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = Object.entries(exports)
  .map(([name, target]) => [name, typeof target === 'string' ? target : target.default])
  // Code only: the typings (`book-widgets/react` …) have no module to import.
  .filter(([, file]) => file?.endsWith('.js'));

describe('the package in Node, with no DOM', () => {
  for (const [name, file] of entries) {
    it(`imports book-widgets${name.slice(1)} without throwing`, async () => {
      const code = `await import(${JSON.stringify(new URL(`../${file}`, import.meta.url).href)}); console.log('ok')`;
      const {stdout} = await new Promise((resolve, reject) =>
        execFile(process.execPath, ['--input-type=module', '-e', code], (error, stdout, stderr) =>
          error ? reject(new Error(`${file}: ${stderr.split('\n').slice(0, 6).join('\n')}`)) : resolve({stdout}),
        ),
      );
      assert.equal(stdout.trim(), 'ok');
    });
  }
  it('reads the entries it checks from package.json', () => assert.ok(entries.length > 10));
});
