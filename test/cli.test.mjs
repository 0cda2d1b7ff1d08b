// The book-widgets command, run as a user would, against local stand-ins for the ISBN sources.
import {execFile} from 'node:child_process';
import {createServer} from 'node:http';
import {mkdir, mkdtemp, readFile, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {answerSourceRequest} from './fake-sources.mjs';

let server;
let base;
const requests = [];

// Terminal escapes: retitle the window, clear the screen, write the clipboard (OSC 52), an 8-bit CSI.
const escapes = '\u001b]0;owned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u009b31m';
/** Answers a source could give that attack the terminal or the CPU: `/hostile/NAME/…`. */
const hostileAnswers = {
  escapes: JSON.stringify({items: [{volumeInfo: {title: `Title ${escapes}`, authors: [`Author ${escapes}`]}}]}),
  markup: JSON.stringify({items: [{volumeInfo: {title: 'Markup', description: `${'<'.repeat(200_000)} end`}}]}),
};
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

before(async () => {
  server = createServer(async (req, res) => {
    requests.push(req.url);
    const hostile = req.url.match(/^\/hostile\/(\w+)\//)?.[1];
    if (hostile) {
      res.writeHead(200, {'content-type': 'application/json'}).end(hostileAnswers[hostile]);
      return;
    }
    if (req.url.startsWith('/broken')) {
      res.writeHead(503, {'content-type': 'text/plain'}).end('down');
      return;
    }
    const body = await answerSourceRequest(req.url);
    res.writeHead(body ? 200 : 404, {'content-type': 'application/json'}).end(body ?? '{}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

const run = (args, env = {}) =>
  new Promise((resolve) => {
    execFile('node', ['bin/book-widgets.js', ...args], {env: {...process.env, ...env}}, (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, stdout, stderr}),
    );
  });

const sources = () => ({BOOK_WIDGETS_OPENLIBRARY_URL: `${base}/openlibrary`, BOOK_WIDGETS_GOOGLE_URL: `${base}/google`});

describe('book-widgets validate', () => {
  it('passes the demo files', async () => {
    const {code, stdout} = await run([
      'validate',
      'demo/data/designing-machine-learning-systems.json',
      'demo/data/production-ml-shelf.json',
    ]);
    assert.equal(code, 0);
    assert.equal(stdout, '2 files checked, 0 with problems\n');
  });

  it('prints each problem with file, path and message, and exits non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-'));
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({title: 'T', toc: [{title: 'a'}, {title: 'b'}, {title: 'c'}, {title: 3}], cover: 'javascript:x'}),
    );
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"title": ');
    const {code, stdout} = await run(['validate', bad, broken, join(dir, 'missing.json')]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${bad}: cover: "javascript:" URLs are not allowed; use an http(s) or relative URL`,
      `${bad}: toc[3].title: expected a string, got number`,
      `${broken}: not valid JSON (Unexpected end of JSON input)`,
      `${join(dir, 'missing.json')}: no such file`,
      '3 files checked, 3 with problems',
    ]);
  });
});

describe('book-widgets validate, format 2', () => {
  it('passes a file with editions, prices, a series, praise and a sample; names each bad format-2 value', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-'));
    const good = join(dir, 'good.json');
    await writeFile(
      good,
      JSON.stringify({
        title: 'T',
        editions: [
          {format: 'ebook', isbn13: '9781098107963', price: [{amount: 9.99, currency: 'EUR'}], links: [{retailer: 'kobo'}]},
        ],
        series: {name: 'S', position: 1},
        praise: [{quote: 'Q', by: 'B'}],
        sample: {title: 'One', text: 'It began.'},
      }),
    );
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        title: 'T',
        editions: [{format: 'ebook', price: {amount: -2, currency: 'EURO'}}],
        links: [{retailer: 'kobo'}],
      }),
    );
    const {code, stdout} = await run(['validate', good, bad]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${bad}: editions[0].price.amount: expected a number of at least 0, got -2`,
      `${bad}: editions[0].price.currency: expected a currency code (ISO 4217) like "USD" or "EUR", got "EURO"`,
      '2 files checked, 1 with problems',
    ]);
  });
});

describe('book-widgets validate, with hostile files', () => {
  it('prints values and file names with terminal escapes escaped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-'));
    const file = join(dir, `name${escapes}.json`);
    await writeFile(file, JSON.stringify({title: 'T', published: escapes, language: `en${escapes}`}));
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, raw);
    assert.match(stdout, /name\\u001b\]0;owned\\u0007/);
    assert.match(stdout, /published: expected a date like "2022" or "2022-05-17", got "\\u001b\]0;owned\\u0007\\u001b\[2J/);
  });

  it('says what a directory and a symbolic link loop are, instead of "not valid JSON"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-'));
    await mkdir(join(dir, 'folder.json'));
    await symlink(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
    await symlink(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
    const {code, stdout} = await run(['validate', join(dir, 'folder.json'), join(dir, 'loop-a.json')]);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${join(dir, 'folder.json')}: is a directory, not a file`,
      `${join(dir, 'loop-a.json')}: is a symbolic link that loops`,
      '2 files checked, 2 with problems',
    ]);
  });
});

describe('book-widgets import, from a hostile source', () => {
  it('writes a title with terminal escapes escaped, to the terminal and to the file', async () => {
    const env = {BOOK_WIDGETS_GOOGLE_URL: `${base}/hostile/escapes`};
    const {code, stdout} = await run(['import', '9781098107963', '--source', 'google'], env);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, raw);
    assert.equal(JSON.parse(stdout).title, `Title ${escapes}`, 'the same value, escaped as JSON');
    const out = join(await mkdtemp(join(tmpdir(), 'bw-')), 'book.json');
    const written = await run(['import', '9781098107963', '--source', 'google', '--out', out], env);
    assert.equal(written.code, 0);
    assert.doesNotMatch(written.stderr, raw);
    assert.match(written.stderr, /"Title \\u001b\]0;owned/);
  });

  // 200,000 "<" and no ">": the old tag-stripping regex rescanned the rest of the text from each "<"
  // (~18 s here); linear, it takes milliseconds. The bound is far above either side of that.
  it('strips markup from a description in linear time', {timeout: 5000}, async () => {
    const {code, stdout} = await run(['import', '9781098107963', '--source', 'google'], {
      BOOK_WIDGETS_GOOGLE_URL: `${base}/hostile/markup`,
    });
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).description.length, 20_000, "cut to the format's cap");
  });
});

describe('book-widgets import', () => {
  it('writes a valid book file from Open Library', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'bw-')), 'dmls.json');
    const {code, stderr} = await run(['import', '978-1-0981-0796-3', '--out', out], sources());
    assert.equal(code, 0);
    assert.match(stderr, /"Designing Machine Learning Systems" from Open Library/);
    const book = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(book.title, 'Designing Machine Learning Systems');
    assert.equal(book.pages, 388);
    assert.equal(book.$schema, 'https://unpkg.com/book-widgets/schema/book.schema.json');
    assert.equal((await run(['validate', out])).code, 0);
  });

  it('writes to standard output from Google Books', async () => {
    const {code, stdout} = await run(['import', '1098107969', '--source', 'google', '--api-key', 'k'], sources());
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).published, '2022-05-17');
    assert.ok(requests.some((r) => r.includes('key=k')));
  });

  it('reports plainly: invalid ISBN, not found, a failing server, no server', async () => {
    assert.deepEqual(await run(['import', '9781098107964'], sources()), {
      code: 1,
      stdout: '',
      stderr: 'book-widgets: "9781098107964" is not a valid ISBN: its check digit is wrong\n',
    });
    assert.equal(
      (await run(['import', '9780000000002'], sources())).stderr,
      'book-widgets: Open Library has no book with ISBN 9780000000002\n',
    );
    assert.equal(
      (await run(['import', '9781098107963'], {BOOK_WIDGETS_OPENLIBRARY_URL: `${base}/broken`})).stderr,
      'book-widgets: Open Library answered 503 Service Unavailable\n',
    );
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const {port} = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const refused = await run(['import', '9781098107963'], {BOOK_WIDGETS_OPENLIBRARY_URL: `http://127.0.0.1:${port}`});
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, `book-widgets: could not reach Open Library (127.0.0.1:${port}): ECONNREFUSED\n`);
  });

  it('explains its usage', async () => {
    const {code, stdout} = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /book-widgets validate FILE/);
    assert.equal((await run(['frobnicate'])).code, 2);
  });
});
