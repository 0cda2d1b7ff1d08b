import {expect, waitUntil} from '@open-wc/testing';
import {BookLoadError, loadBook, loadBookList} from './load-book.js';
import {demoBook, hits, uniqueKey} from '../../test/test-book.js';

/** The error a load ends in (the test fails if it succeeds). */
const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as BookLoadError;
  }
  throw new Error('expected the load to fail');
};

const body = (json: string) =>
  `/fake/${uniqueKey()}/x?body=${encodeURIComponent(json)}`.replace(/\/fake\/\w+\/x/, `/fake/count/${uniqueKey()}/book.json`);

describe('loadBook', () => {
  it('loads and parses a book, resolving its URLs against the file', async () => {
    const book = await loadBook(demoBook);
    expect(book.title).to.equal('Designing Machine Learning Systems');
    expect(book.cover?.src).to.equal(new URL('/demo/data/covers/designing-machine-learning-systems.svg', location.href).href);
  });

  it('reports a 404 with the file name and status', async () => {
    const error = await failure(loadBook('/fake/status/404/missing-book.json'));
    expect(error).to.be.instanceOf(BookLoadError);
    expect(error.detail).to.deep.equal({
      kind: 'http',
      status: 404,
      message: 'missing-book.json answered 404 Not Found: check the src URL',
    });
  });

  it('reports a 500', async () => {
    const error = await failure(loadBook(`/fake/status/500${demoBook}`));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.message).to.equal(
      'designing-machine-learning-systems.json answered 500 Internal Server Error: the server failed',
    );
  });

  it('reports a refused connection as a network error naming the host', async () => {
    const error = await failure(loadBook('http://127.0.0.1:9/book.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('book.json could not be loaded from 127.0.0.1:9');
  });

  it('reports a connection cut mid-body as a network error', async () => {
    const error = await failure(loadBook(`/fake/reset/${uniqueKey()}/cut.json`));
    expect(error.kind).to.equal('network');
  });

  it('gives up on a server that never answers, as a timeout', async () => {
    const error = await failure(loadBook(`/fake/hang/${uniqueKey()}/slow.json`, {timeout: 300}));
    expect(error.detail).to.deep.equal({
      kind: 'timeout',
      message: `slow.json did not answer in time; check that ${location.host} is up`,
    });
  });

  it('reports a body that is not JSON', async () => {
    const error = await failure(loadBook(body('{"title": "unterminated')));
    expect(error.kind).to.equal('parse');
    expect(error.message).to.match(/^book\.json is not valid JSON \(/);
    const html = await failure(
      loadBook(`/fake/type/text%2Fhtml/${uniqueKey()}/x.json?body=${encodeURIComponent('<!doctype html><p>Not here')}`),
    );
    expect(html.message).to.equal('x.json is an HTML page, not JSON: check the src URL');
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const book = await loadBook(body('\uFEFF{"title": "BOM"}'));
    expect(book.title).to.equal('BOM');
  });

  it('reports invalid data with each field path', async () => {
    const error = await failure(
      loadBook(body(JSON.stringify({title: 'T', toc: [{title: 'a'}, {title: 'b'}, {title: 'c'}, {title: 3}]}))),
    );
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.equal('book.json is not a valid book file. toc[3].title: expected a string, got number');
    expect(error.issues).to.deep.equal([{path: 'toc[3].title', message: 'expected a string, got number'}]);
  });

  it('refuses a javascript: URL in the file', async () => {
    const error = await failure(loadBook(body(JSON.stringify({title: 'T', links: [{href: 'javascript:alert(1)'}]}))));
    expect(error.message).to.contain('links[0].href: "javascript:" URLs are not allowed');
  });

  it('makes one request for many callers, in flight and after', async () => {
    const key = uniqueKey();
    const url = `/fake/count/${key}/delay/100${demoBook}`;
    const books = await Promise.all(Array.from({length: 20}, () => loadBook(url)));
    expect(new Set(books).size).to.equal(1);
    await loadBook(new URL(url, location.href).href);
    expect(await hits(key)).to.equal(1);
  });

  it('does not keep a failure: the next load asks again', async () => {
    const key = uniqueKey();
    const url = `/fake/count/${key}/flaky/${key}${demoBook}`;
    expect((await failure(loadBook(url))).status).to.equal(503);
    expect((await loadBook(url)).title).to.equal('Designing Machine Learning Systems');
    expect(await hits(key)).to.equal(2);
  });

  it('stops waiting when aborted, without failing other callers', async () => {
    const key = uniqueKey();
    const url = `/fake/count/${key}/delay/200${demoBook}`;
    const controller = new AbortController();
    const aborted = loadBook(url, {signal: controller.signal});
    const other = loadBook(url);
    controller.abort();
    expect((await failure(aborted)).name).to.equal('AbortError');
    expect((await other).title).to.equal('Designing Machine Learning Systems');
    expect(await hits(key)).to.equal(1);
  });

  it('cancels the request when every caller has aborted, and loads anew later', async () => {
    const key = uniqueKey();
    const url = `/fake/count/${key}/delay/200${demoBook}`;
    const controller = new AbortController();
    const aborted = loadBook(url, {signal: controller.signal});
    await waitUntil(async () => (await hits(key)) === 1, 'the request never reached the server');
    controller.abort();
    await failure(aborted);
    // Had the request been kept, this load would have joined it instead of asking again.
    expect((await loadBook(url)).title).to.equal('Designing Machine Learning Systems');
    expect(await hits(key)).to.equal(2);
  });
});

describe('loadBookList', () => {
  it('loads a list file with its URLs resolved', async () => {
    const list = await loadBookList('/demo/data/production-ml-shelf.json');
    expect(list.title).to.equal('A shelf for production machine learning');
    expect(list.books[0]).to.equal(new URL('/demo/data/designing-machine-learning-systems.json', location.href).href);
    expect(list.books).to.have.length(5);
  });

  it('names list files as such in errors', async () => {
    const error = await failure(loadBookList(body('{"books": 3}')));
    expect(error.message).to.equal('book.json is not a valid list file. books: expected a list, got number');
  });
});
