// The demo server of `npm start` (scripts/demo-server.mjs) and its signup endpoint, as a visitor on
// the network or another site's page would try them.
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {startDemoServer} from '../scripts/demo-server.mjs';
import {subscribeEndpoint} from '../demo/subscribe-endpoint.mjs';

let server;
let base;
let file;
const reports = [];

before(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'bw-signups-')), 'subscribers.jsonl');
  server = await startDemoServer({port: 0, middleware: [subscribeEndpoint({file, report: (m) => reports.push(m)})]});
  base = `http://127.0.0.1:${server.server.address().port}`;
});
after(() => server.stop());

const get = async (path) => (await fetch(`${base}${path}`, {redirect: 'manual'})).status;
/** A signup POSTed to the server at `url` as a page at `origin` would send it (JSON unless `type` says not). */
const postTo = (url, body, {type = 'application/json', origin = url} = {}) =>
  fetch(`${url}/api/subscribe`, {
    method: 'POST',
    headers: {'content-type': type, ...(origin && {origin})},
    body: JSON.stringify(body),
  });
const subscribe = (body, options) => postTo(base, body, options);

/** Runs `test` against a server of its own, with these endpoint options, and stops it after. */
async function withEndpoint(options, test) {
  const other = await startDemoServer({port: 0, middleware: [subscribeEndpoint(options)]});
  try {
    return await test(`http://127.0.0.1:${other.server.address().port}`);
  } finally {
    await other.stop();
  }
}

describe('the demo server', () => {
  it('listens on loopback only', () => {
    assert.equal(server.server.address().address, '127.0.0.1');
  });

  it('serves the demo, the library and the schemas, and nothing else of the checkout', async () => {
    assert.equal(await get('/'), 302);
    assert.equal(await get('/demo/'), 200);
    assert.equal(await get('/dist/book-widgets.js'), 200);
    assert.equal(await get('/schema/book.schema.json'), 200);
    for (const path of [
      '/.git/HEAD',
      '/.git/config',
      '/package.json',
      '/src/index.ts',
      '/scripts/demo-server.mjs',
      '/README.md',
    ]) {
      assert.equal(await get(path), 404, path);
    }
  });

  it('never serves a dot-folder, however the path is written: readers’ e-mails stay private', async () => {
    for (const path of [
      '/demo/x%5C..%5C.data%5Csubscribers.jsonl',
      '/demo/.data/subscribers.jsonl',
      '/demo/%2edata/subscribers.jsonl',
      '/demo/./.data/x',
      '/demo/../.git/HEAD',
      '/dist/%2E%2E/.git/HEAD',
      '/demo/%E0%A4%A',
    ]) {
      assert.equal(await get(path), 404, path);
    }
  });

  it('looks up an ISBN only when it is one: no file path from the query', async () => {
    const answer = await fetch(`${base}/sources/openlibrary/api/books?bibkeys=ISBN:/../../../package&format=json&jscmd=data`);
    assert.equal(await answer.text(), '{}');
    const google = await fetch(`${base}/sources/google/volumes?q=isbn:../../../package`);
    assert.equal((await google.json()).totalItems, 0);
    const real = await fetch(`${base}/sources/openlibrary/api/books?bibkeys=ISBN:9781098107963&format=json&jscmd=data`);
    assert.equal(Object.keys(await real.json())[0], 'ISBN:9781098107963');
  });
});

describe('the demo signup endpoint', () => {
  it('takes JSON from its own pages only: not text/plain, not another site, not without an Origin', async () => {
    const plain = await subscribe({email: 'plain@example.com'}, {type: 'text/plain'});
    assert.equal(plain.status, 415);
    const form = await subscribe({email: 'form@example.com'}, {type: 'application/x-www-form-urlencoded'});
    assert.equal(form.status, 415);
    const elsewhere = await subscribe({email: 'csrf@example.com'}, {origin: 'https://evil.example'});
    assert.equal(elsewhere.status, 403);
    assert.deepEqual(await elsewhere.json(), {
      error: "Signups are taken from this site's own pages only, not from https://evil.example.",
    });
    assert.equal((await subscribe({email: 'no-origin@example.com'}, {origin: ''})).status, 403);
    assert.equal((await subscribe({email: 'own@example.com'})).status, 201);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    assert.deepEqual(
      lines.map((l) => JSON.parse(l).email),
      ['own@example.com'],
    );
  });

  it('refuses a page whose name only points here (DNS rebinding), however its Origin matches its Host', async () => {
    const {request} = await import('node:http');
    const {port} = server.server.address();
    const headers = {host: `rebind.example:${port}`, origin: `http://rebind.example:${port}`, 'content-type': 'application/json'};
    const status = await new Promise((resolve, reject) => {
      const req = request({host: '127.0.0.1', port, method: 'POST', path: '/api/subscribe', headers}, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end(JSON.stringify({email: 'rebind@example.com'}));
    });
    assert.equal(status, 403);
  });

  it('takes the origins it is told to', async () => {
    await withEndpoint({file: `${file}.other`, origins: ['https://blog.example']}, async (url) => {
      const answer = await postTo(
        url,
        {email: 'blog@example.com'},
        {type: 'application/json; charset=utf-8', origin: 'https://blog.example'},
      );
      assert.equal(answer.status, 201);
    });
  });

  it('skips and reports torn and broken lines in its file, and keeps taking signups', async () => {
    const torn = join(await mkdtemp(join(tmpdir(), 'bw-signups-')), 'subscribers.jsonl');
    // A good line, a line that is not JSON, and a last line torn mid-write (no newline).
    await writeFile(torn, '{"email":"first@example.com"}\nnot json at all\n{"email":"half@exa');
    const seen = [];
    await withEndpoint({file: torn, report: (m) => seen.push(m)}, async (url) => {
      assert.equal((await postTo(url, {email: 'next@example.com'})).status, 201);
      assert.equal((await postTo(url, {email: 'first@example.com'})).status, 200, 'a known address is still known');
      assert.equal((await postTo(url, {email: 'last@example.com'})).status, 201);
    });
    const lines = (await readFile(torn, 'utf8')).split('\n');
    assert.deepEqual(
      lines.slice(0, 3),
      ['{"email":"first@example.com"}', 'not json at all', '{"email":"half@exa'],
      'nothing lost',
    );
    assert.deepEqual(
      lines.slice(3, 5).map((l) => JSON.parse(l).email),
      ['next@example.com', 'last@example.com'],
      'new records on lines of their own',
    );
    assert.equal(seen.length, 1);
    assert.match(seen[0], /skipped 2 line\(s\) that are not a signup record \(line 2, 3\)/);
  });
});
