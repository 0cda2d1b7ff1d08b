import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {fromOpenLibrary} from './openlibrary.js';
import {fromGoogle} from './google.js';
import {firstYearOrDate, googleUrl, openLibraryUrl} from './source.js';
import {isbn10to13, isbn13to10, normalizeIsbn} from '../format/isbn.js';
import {parseBook, BookDataError, limits} from '../format/book.js';
import {loadBook, loadBookByIsbn, type BookLoadError} from '../loading/load-book.js';
import {hits, uniqueKey} from '../../test/test-book.js';
import '../all.js';

const recorded = async (name: string) => (await fetch(`/test/fixtures/${name}.json`)).json();
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => Promise.reject(new Error('expected a failure')),
    (e: BookLoadError) => e,
  );
type Widget = HTMLElement & {state: string};

describe('ISBNs', () => {
  it('normalises what people type to the ISBN-13', () => {
    expect(normalizeIsbn('978-1-0981-0796-3')).to.equal('9781098107963');
    expect(normalizeIsbn(' ISBN 978 1098107963 ')).to.equal('9781098107963');
    expect(normalizeIsbn('1098107969')).to.equal('9781098107963');
    expect(normalizeIsbn('0-8044-2957-x')).to.equal('9780804429573');
    expect(isbn10to13('1449373321')).to.equal('9781449373320');
    expect(isbn13to10('9781449373320')).to.equal('1449373321');
  });

  it('names an invalid ISBN in the error', () => {
    expect(() => normalizeIsbn('9781098107964')).to.throw(
      BookDataError,
      '"9781098107964" is not a valid ISBN: its check digit is wrong',
    );
    expect(() => normalizeIsbn('1098107968')).to.throw(BookDataError, 'its check digit is wrong');
    expect(() => normalizeIsbn('12345')).to.throw(BookDataError, 'an ISBN has 10 or 13 digits');
    expect(() => normalizeIsbn('97810981079XX')).to.throw(BookDataError, 'not a valid ISBN');
  });
});

describe('the Open Library adapter', () => {
  it('maps a full answer into a valid book', async () => {
    const book = parseBook(fromOpenLibrary(await recorded('openlibrary-9781098107963'), '9781098107963'));
    expect(book).to.deep.include({
      title: 'Designing Machine Learning Systems',
      subtitle: 'An Iterative Process for Production-Ready Machine Learning Applications',
      pages: 388,
      published: '2022',
      publisher: "O'Reilly Media",
      isbn13: '9781098107963',
      isbn10: '1098107969',
      url: 'https://openlibrary.org/books/OL37844233M/Designing_Machine_Learning_Systems',
    });
    expect(book.authors).to.deep.equal([{name: 'Chip Huyen', url: 'https://openlibrary.org/authors/OL10403489A/Chip_Huyen'}]);
    expect(book.cover).to.deep.equal({
      src: 'https://covers.openlibrary.org/b/id/12866611-L.jpg',
      alt: 'Cover of Designing Machine Learning Systems',
    });
    expect(book.categories).to.deep.equal(['Machine learning', 'Artificial intelligence']);
    expect(book.toc!.map((c) => [c.number, c.title])).to.deep.equal([
      [1, 'Overview of Machine Learning Systems'],
      [2, 'Introduction to Machine Learning Systems Design'],
    ]);
    expect(book.about).to.deep.equal(['A short passage from the book, recorded for tests.']);
  });

  it('maps a sparse answer: no authors, no cover', async () => {
    expect(fromOpenLibrary(await recorded('openlibrary-9780306406157'), '9780306406157')).to.deep.equal({
      title: 'A Sparse Record',
      isbn13: '9780306406157',
      url: 'https://openlibrary.org/books/OL1M/Sparse',
    });
  });

  it('copes with odd answers: several ISBNs, a nameless author, a text page count, a spelled-out date', async () => {
    const book = parseBook(fromOpenLibrary(await recorded('openlibrary-9781449373320'), '9781449373320'));
    expect(book.authors).to.deep.equal([{name: 'Martin Kleppmann'}]);
    expect(book.pages).to.equal(undefined);
    expect(book.published).to.equal('2017-03-16');
    expect(book.publisher).to.equal("O'Reilly Media");
    expect(book.isbn13).to.equal('9781449373320');
    expect(book.categories).to.deep.equal(['Databases']);
    expect(book.cover!.src).to.equal('https://covers.openlibrary.org/b/id/8434061-M.jpg');
  });

  it('says not found for {}', () => {
    expect(fromOpenLibrary({}, '9781098107963')).to.equal(undefined);
    expect(openLibraryUrl('9781098107963')).to.equal(
      'https://openlibrary.org/api/books?bibkeys=ISBN:9781098107963&format=json&jscmd=data',
    );
  });
});

describe('the Google Books adapter', () => {
  it('maps a full answer, upgrading image links to https and dropping markup', async () => {
    const book = parseBook(fromGoogle(await recorded('google-9781098107963'), '9781098107963'));
    expect(book).to.deep.include({
      title: 'Designing Machine Learning Systems',
      pages: 388,
      published: '2022-05-17',
      publisher: "O'Reilly Media",
      language: 'en',
      isbn13: '9781098107963',
      isbn10: '1098107969',
      description: 'A recorded test description with simple markup. Second line.',
      url: 'https://books.google.com/books?id=recorded0001',
    });
    expect(book.cover!.src).to.equal('https://books.google.com/books/content?id=recorded0001&printsec=frontcover&img=1&zoom=1');
    expect(book.authors).to.deep.equal([{name: 'Chip Huyen'}]);
  });

  it('maps sparse and odd answers, and says not found for totalItems: 0', async () => {
    expect(fromGoogle(await recorded('google-9780306406157'), '9780306406157')).to.deep.equal({
      title: 'A Sparse Volume',
      isbn13: '9780306406157',
    });
    const odd = parseBook(fromGoogle(await recorded('google-9781449373320'), '9781449373320'));
    expect(odd.authors).to.deep.equal([{name: 'Martin Kleppmann'}]);
    expect(odd.pages).to.equal(undefined);
    expect(odd.published).to.equal('2017-03');
    expect(odd.cover!.src).to.match(/^https:/);
    expect(fromGoogle({kind: 'books#volumes', totalItems: 0}, '9781098107963')).to.equal(undefined);
    expect(googleUrl('9781098107963', 'k&y')).to.equal(
      'https://www.googleapis.com/books/v1/volumes?q=isbn:9781098107963&key=k%26y',
    );
  });

  // That it strips in linear time is held by the CLI's tests (test/cli.test.mjs), in Node, whose
  // regex engine shows the quadratic case; Chrome's falls back to a linear engine by itself.
  it('strips markup, keeping a lone "<", and cuts a description to the format\'s cap', () => {
    const book = fromGoogle(
      {items: [{volumeInfo: {title: 'T', description: `${'<'.repeat(30_000)} and text`}}]},
      '9781098107963',
    );
    expect((book!.description as string).length).to.equal(limits.prose);
    expect(
      fromGoogle({items: [{volumeInfo: {title: 'T', description: 'a <b>bold</b> <<i>move</i>'}}]}, '9781098107963')!.description,
    ).to.equal('a bold < move');
  });

  it('reads dates as they come', () => {
    expect(['2022', '2022-05-17', 'May 17, 2022', 'Jan 2001', 'c1999', 'unknown', 7].map(firstYearOrDate)).to.deep.equal([
      '2022',
      '2022-05-17',
      '2022-05-17',
      '2001-01',
      '1999',
      undefined,
      undefined,
    ]);
  });
});

describe('answers with null entries', () => {
  it('are skipped by both adapters, not thrown on', async () => {
    expect(parseBook(fromOpenLibrary(await recorded('openlibrary-9780000000019'), '9780000000019'))).to.deep.include({
      title: 'A Record With Holes',
      isbn13: '9780000000019',
    });
    const ol = parseBook(fromOpenLibrary(await recorded('openlibrary-9780000000019'), '9780000000019'));
    expect(ol.authors).to.deep.equal([{name: 'Real Author'}]);
    expect(ol.categories).to.deep.equal(['Gaps']);
    expect(ol.toc!.map((c) => c.title)).to.deep.equal(['The only chapter']);
    const google = parseBook(fromGoogle(await recorded('google-9780000000019'), '9780000000019'));
    expect(google.authors).to.deep.equal([{name: 'Real Author'}]);
    expect(google.categories).to.deep.equal(['Gaps']);
    expect(fromGoogle({items: [null]}, '9780000000019')).to.equal(undefined);
    expect(fromOpenLibrary({'ISBN:9780000000019': null}, '9780000000019')).to.equal(undefined);
  });

  it('load as books in the page, from either source', async () => {
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: '/sources/openlibrary', google: '/sources/google'}};
    try {
      expect((await loadBookByIsbn('9780000000019')).title).to.equal('A Record With Holes');
      expect((await loadBookByIsbn('9780000000019', {source: 'google'})).title).to.equal('A Volume With Holes');
    } finally {
      delete (window as {BookWidgets?: object}).BookWidgets;
    }
  });
});

describe('books by ISBN in the page', () => {
  beforeEach(() => {
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: '/sources/openlibrary', google: '/sources/google'}};
  });
  afterEach(() => delete (window as {BookWidgets?: object}).BookWidgets);

  it('<book-card isbn> shows the book from Open Library, one request per ISBN however many cards', async () => {
    const key = uniqueKey();
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: `/fake/count/${key}/sources/openlibrary`}};
    const box = await fixture(
      html`<div>
        <book-card loading="eager" isbn="978-1-0981-0796-3"></book-card>
        <book-card loading="eager" isbn="1098107969"></book-card>
        <book-card loading="eager" isbn="9781098107963"></book-card>
      </div>`,
    );
    const cards = [...box.querySelectorAll<Widget>('book-card')];
    await waitUntil(() => cards.every((c) => c.state === 'ready'));
    expect(cards[0].shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Designing Machine Learning Systems');
    expect(cards[1].shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('388 pages');
    expect(await hits(key)).to.equal(1);
  });

  it('cards by different ISBNs make one Open Library request; a book it lacks is that card’s error alone', async () => {
    const key = uniqueKey();
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: `/fake/count/${key}/sources/openlibrary`}};
    const box = await fixture(
      html`<div>
        <book-card loading="eager" isbn="9781098107963"></book-card>
        <book-card loading="eager" isbn="9781449373320"></book-card>
        <book-card loading="eager" isbn="9780306406157"></book-card>
        <book-card loading="eager" isbn="9780000000002"></book-card>
      </div>`,
    );
    const cards = [...box.querySelectorAll<Widget>('book-card')];
    await waitUntil(() => cards.every((c) => c.state !== 'loading'));
    expect(cards.map((c) => c.state)).to.deep.equal(['ready', 'ready', 'ready', 'error']);
    expect(cards.slice(0, 3).map((c) => c.shadowRoot!.querySelector('[part=title]')!.textContent)).to.deep.equal([
      'Designing Machine Learning Systems',
      'Designing Data-Intensive Applications',
      'A Sparse Record',
    ]);
    expect(cards[3].shadowRoot!.querySelector('[part=error]')!.textContent).to.contain(
      'Open Library has no book with ISBN 9780000000002',
    );
    expect(await hits(key)).to.equal(1);
  });

  it('a failed Open Library request fails each of its books; asking again sends a new one', async () => {
    const key = uniqueKey();
    (window as {BookWidgets?: object}).BookWidgets = {
      sources: {openlibrary: `/fake/count/${key}/flaky/${key}/sources/openlibrary`},
    };
    const [first, second] = await Promise.all([
      failure(loadBookByIsbn('9781098107963')),
      failure(loadBookByIsbn('9781449373320')),
    ]);
    expect([first.kind, first.status, second.status]).to.deep.equal(['http', 503, 503]);
    expect(second.message).to.match(/^Open Library's answer for ISBN 9781098107963, 9781449373320 answered 503/);
    expect((await loadBookByIsbn('9781449373320')).title).to.equal('Designing Data-Intensive Applications');
    expect(await hits(key)).to.equal(2);
  });

  it('asks for 50 ISBNs a request at most', async () => {
    const key = uniqueKey();
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: `/fake/count/${key}/sources/openlibrary`}};
    // 51 valid ISBN-13s that no source has: 978000001000c … 978000001050c.
    const isbns = Array.from({length: 51}, (_, i) => {
      const digits = `978000001${String(i).padStart(3, '0')}`;
      const sum = [...digits].reduce((total, d, at) => total + Number(d) * (at % 2 ? 3 : 1), 0);
      return `${digits}${(10 - (sum % 10)) % 10}`;
    });
    const errors = await Promise.all(isbns.map((isbn) => failure(loadBookByIsbn(isbn))));
    expect(errors.every((e) => e.status === 404)).to.equal(true);
    expect(errors[50].message).to.equal(`Open Library has no book with ISBN ${isbns[50]}`);
    expect(await hits(key)).to.equal(2);
  });

  it('source="google" asks Google Books', async () => {
    const el = await fixture<Widget>(
      html`<book-card loading="eager" source="google" api-key="k" isbn="9781098107963"></book-card>`,
    );
    await waitUntil(() => el.state === 'ready');
    expect(el.shadowRoot!.querySelector('[part=meta]')!.textContent).to.contain('2022');
  });

  it('an invalid ISBN is an invalid error naming it; an unknown one says not found', async () => {
    const bad = await fixture<Widget>(html`<book-card loading="eager" isbn="9781098107964"></book-card>`);
    await waitUntil(() => bad.state === 'error');
    expect(bad.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('"9781098107964" is not a valid ISBN');
    const error = await failure(loadBookByIsbn('9780000000002'));
    expect([error.kind, error.status, error.message]).to.deep.equal([
      'http',
      404,
      'Open Library has no book with ISBN 9780000000002',
    ]);
    const google = await failure(loadBookByIsbn('9780000000002', {source: 'google'}));
    expect(google.message).to.equal('Google Books has no book with ISBN 9780000000002');
  });

  it('"enrich": true fills what the file leaves out, never what it says', async () => {
    const file = {title: 'My Own Title', isbn13: '9781098107963', enrich: true, tagline: 'Mine', pages: 400};
    const book = await loadBook(`/fake/book.json?body=${encodeURIComponent(JSON.stringify(file))}&${uniqueKey()}`);
    expect(book.title).to.equal('My Own Title');
    expect(book.pages).to.equal(400);
    expect(book.tagline).to.equal('Mine');
    expect(book.publisher).to.equal("O'Reilly Media");
    expect(book.cover!.src).to.equal('https://covers.openlibrary.org/b/id/12866611-L.jpg');
    const unknown = {title: 'Unknown', isbn13: '9780000000002', enrich: true};
    const alone = await loadBook(`/fake/book.json?body=${encodeURIComponent(JSON.stringify(unknown))}&${uniqueKey()}`);
    expect(alone.title, 'the file alone when the source has nothing').to.equal('Unknown');
  });
});
