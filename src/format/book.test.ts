import {expect} from '@open-wc/testing';
import {BookDataError, limits, parseBook, parseBookList} from './book.js';
import {bookJsonSchema, bookListJsonSchema} from './json-schema.js';
import type {BookMatchesItsFields, Same} from './book.js';

/**
 * Checked by `tsc` (npm test): the check that holds `Book` to its field definitions
 * (`BookMatchesItsFields`) tells apart what it must: a field more, optional against required, another type.
 */
export const sameTellsApart: [true, false, false, false, BookMatchesItsFields] = [
  true as Same<{a?: string}, {a?: string}>,
  false as Same<{a?: string; b?: string}, {a?: string}>,
  false as Same<{a: string}, {a?: string}>,
  false as Same<{a?: string}, {a?: number}>,
  [true, true],
];
import {inheritedObjects} from '../../test/pollution.js';

const base = 'https://books.example/data/book.json';

const issuesOf = (json: unknown) => {
  try {
    parseBook(json, {baseUrl: base});
  } catch (error) {
    expect(error).to.be.instanceOf(BookDataError);
    return (error as BookDataError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the book to be rejected');
};

describe('parseBook', () => {
  it('reads the demo book, normalising it', async () => {
    const url = new URL('/demo/data/designing-machine-learning-systems.json', location.href).href;
    const book = parseBook(await (await fetch(url)).json(), {baseUrl: url});
    expect(book.title).to.equal('Designing Machine Learning Systems');
    expect(book.authors).to.deep.equal([{name: 'Chip Huyen', url: 'https://huyenchip.com/'}]);
    expect(book.cover?.src).to.equal(new URL('/demo/data/covers/designing-machine-learning-systems.svg', location.href).href);
    expect(book.toc?.map((c) => c.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(book.toc?.[9].title).to.equal('Infrastructure and Tooling for MLOps');
    expect(book.faq?.length).to.be.at.least(5);
    expect(book.related?.[0]).to.equal(new URL('/demo/data/designing-data-intensive-applications.json', location.href).href);
    expect(book.links?.[0]).to.include({retailer: 'amazon', kind: 'buy'});
  });

  it('expands shorthands and numbers chapters that have no number', () => {
    const book = parseBook(
      {
        title: 'T',
        authors: ['Ann Author', {name: 'Bo', url: '/bo'}],
        cover: 'img/c.png',
        toc: [{title: 'A'}, {title: 'B', number: 5}, {title: 'C'}],
        links: [{href: 'https://shop.example/x', retailer: 'Amazon'}],
        isbn13: '978-1-09-810796-3',
      },
      {baseUrl: base},
    );
    expect(book.authors).to.deep.equal([{name: 'Ann Author'}, {name: 'Bo', url: 'https://books.example/bo'}]);
    expect(book.cover).to.deep.equal({src: 'https://books.example/data/img/c.png'});
    expect(book.toc?.map((c) => c.number)).to.deep.equal([1, 5, 6]);
    expect(book.links?.[0]).to.deep.equal({href: 'https://shop.example/x', retailer: 'amazon', kind: 'buy'});
    expect(book.isbn13).to.equal('9781098107963');
  });

  it('ignores unknown fields, including ones a page adds to Object.prototype', () => {
    (Object.prototype as {subtitle?: string}).subtitle = 'polluted';
    try {
      const book = parseBook({title: 'T', $schema: 'x', extra: {deep: 1}}, {baseUrl: base});
      expect(Object.keys(book)).to.deep.equal(['title']);
      expect(book.subtitle).to.equal(undefined);
    } finally {
      delete (Object.prototype as {subtitle?: string}).subtitle;
    }
  });

  it('returns objects without a prototype at every depth, with and without a toc', () => {
    const full = {
      title: 'T',
      authors: ['A', {name: 'B', url: '/b'}],
      cover: {src: 'c.png'},
      links: [{href: 'https://shop.example/x'}],
      faq: [{question: 'Q', answer: 'A'}],
      related: ['r.json', {title: 'Inline', authors: ['C'], cover: 'i.png', links: [{href: '/l'}]}],
    };
    for (const book of [{title: 'Only a title'}, full, {...full, toc: [{title: 'One'}]}]) {
      expect(inheritedObjects(parseBook(book, {baseUrl: base})), JSON.stringify(book)).to.deep.equal([]);
    }
    const list = parseBookList({title: 'L', books: ['a.json', {title: 'B', authors: ['X']}]}, {baseUrl: base});
    expect(inheritedObjects(list)).to.deep.equal([]);
  });

  it('caps every list and every text, naming the field and the cap', () => {
    const over = (n: number) => Array.from({length: n + 1}, (_, i) => `item ${i}`);
    const long = (n: number) => 'x'.repeat(n + 1);
    const cases: [object, string][] = [
      [{authors: over(limits.authors)}, `authors: expected at most ${limits.authors} items, got ${limits.authors + 1}`],
      [{badges: over(limits.tags)}, `badges: expected at most ${limits.tags} items, got ${limits.tags + 1}`],
      [{categories: over(limits.tags)}, `categories: expected at most ${limits.tags} items`],
      [{about: over(limits.paragraphs)}, `about: expected at most ${limits.paragraphs} items`],
      [{highlights: over(limits.items)}, `highlights: expected at most ${limits.items} items`],
      [{outcomes: over(limits.items)}, `outcomes: expected at most ${limits.items} items`],
      [{audience: over(limits.items)}, `audience: expected at most ${limits.items} items`],
      [
        {faq: Array.from({length: limits.questions + 1}, () => ({question: 'Q', answer: 'A'}))},
        `faq: expected at most ${limits.questions} items`,
      ],
      [{toc: Array.from({length: limits.chapters + 1}, () => ({title: 'C'}))}, `toc: expected at most ${limits.chapters} items`],
      [{related: over(limits.related).map((_, i) => `b${i}.json`)}, `related: expected at most ${limits.related} items`],
      [{links: over(limits.links).map((_, i) => ({href: `/l${i}`}))}, `links: expected at most ${limits.links} items`],
      [{tagline: long(limits.text)}, `tagline: expected at most ${limits.text} characters, got ${limits.text + 1}`],
      [{description: long(limits.prose)}, `description: expected at most ${limits.prose} characters, got ${limits.prose + 1}`],
      [{about: [long(limits.prose)]}, `about[0]: expected at most ${limits.prose} characters`],
      [{highlights: [long(limits.text)]}, `highlights[0]: expected at most ${limits.text} characters`],
      [{faq: [{question: 'Q', answer: long(limits.prose)}]}, `faq[0].answer: expected at most ${limits.prose} characters`],
      [{toc: [{title: 'C', summary: long(limits.prose)}]}, `toc[0].summary: expected at most ${limits.prose} characters`],
      [{url: `https://x.example/${long(4_000)}`}, 'url: expected a URL of at most 4000 characters'],
    ];
    for (const [fields, message] of cases) {
      const issues = issuesOf({title: 'T', ...fields});
      expect(issues, message).to.have.length(1);
      expect(issues[0]).to.contain(message);
    }
    // At the cap, a file is valid.
    expect(
      parseBook({title: 'T', faq: Array.from({length: limits.questions}, () => ({question: 'Q', answer: 'A'}))}).faq,
    ).to.have.length(limits.questions);
    expect(parseBook({title: 'T', description: 'x'.repeat(limits.prose)}).description).to.have.length(limits.prose);
    expect(() => parseBookList({books: over(limits.related).map((_, i) => `b${i}.json`)})).to.throw(
      `books: expected at most ${limits.related} items`,
    );
  });

  it('lists every problem with its path in one error', () => {
    expect(
      issuesOf({
        subtitle: 3,
        authors: ['ok', 7],
        toc: [{title: 'a'}, {title: 'b'}, {title: 'c'}, {title: 12}],
        faq: [{question: 'q'}],
        pages: -1,
        published: 'May 2022',
      }),
    ).to.deep.equal([
      'title: is required',
      'subtitle: expected a string, got number',
      'authors[1]: expected an object, got number',
      'pages: expected a number of at least 1, got -1',
      'published: expected a date like "2022" or "2022-05-17", got "May 2022"',
      'toc[3].title: expected a string, got number',
      'faq[0].answer: is required',
    ]);
  });

  it('names the error message after each bad field', () => {
    try {
      parseBook({title: 'T', toc: [{}, {title: 1}]});
      expect.fail('should throw');
    } catch (error) {
      expect((error as Error).message).to.equal(
        'Invalid book data: toc[0].title: is required; toc[1].title: expected a string, got number',
      );
    }
  });

  it('rejects a document that is not an object', () => {
    expect(issuesOf([])).to.deep.equal([': expected an object, got a list']);
    expect(issuesOf(null)).to.deep.equal([': expected an object, got null']);
    expect(issuesOf(42)).to.deep.equal([': expected an object, got number']);
    expect(issuesOf({title: '   '})).to.deep.equal(['title: must not be empty']);
  });

  it('refuses URLs that are not http(s) or relative, in every URL field', () => {
    const bad = 'javascript:alert(1)';
    expect(
      issuesOf({
        title: 'T',
        url: bad,
        cover: ' javascript:alert(1)',
        authors: [{name: 'A', url: 'vbscript:x'}],
        related: ['data:text/html,<script>alert(1)</script>'],
        links: [{href: bad}],
      }),
    ).to.deep.equal([
      'authors[0].url: "vbscript:" URLs are not allowed; use an http(s) or relative URL',
      'cover: "javascript:" URLs are not allowed; use an http(s) or relative URL',
      'url: "javascript:" URLs are not allowed; use an http(s) or relative URL',
      'related[0]: "data:" URLs are not allowed; use an http(s) or relative URL',
      'links[0].href: "javascript:" URLs are not allowed; use an http(s) or relative URL',
    ]);
    expect(issuesOf({title: 'T', cover: 'data:text/html,<b>x</b>'})).to.have.length(1);
  });

  it('allows data: images for covers and protocol-relative URLs', () => {
    const book = parseBook({title: 'T', cover: 'data:image/png;base64,AAAA', url: '//other.example/b'}, {baseUrl: base});
    expect(book.cover?.src).to.equal('data:image/png;base64,AAAA');
    expect(book.url).to.equal('https://other.example/b');
  });

  it('keeps markup in text as plain text', () => {
    const book = parseBook({title: '<img src=x onerror=alert(1)>'}, {baseUrl: base});
    expect(book.title).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reads inline related books with the same rules', () => {
    const book = parseBook({title: 'T', related: ['other.json', {title: 'Inline', cover: 'c.svg'}]}, {baseUrl: base});
    expect(book.related).to.deep.equal([
      'https://books.example/data/other.json',
      {title: 'Inline', cover: {src: 'https://books.example/data/c.svg'}},
    ]);
    expect(issuesOf({title: 'T', related: [{cover: 'x'}, 5]})).to.deep.equal([
      'related[0].title: is required',
      'related[1]: expected an object, got number',
    ]);
  });
});

describe('parseBookList', () => {
  it('reads a list file and resolves its URLs against the file', () => {
    const list = parseBookList({title: 'Shelf', books: ['a.json', {title: 'B', cover: 'b.svg'}]}, {baseUrl: base});
    expect(list).to.deep.equal({
      title: 'Shelf',
      books: ['https://books.example/data/a.json', {title: 'B', cover: {src: 'https://books.example/data/b.svg'}}],
    });
  });

  it('rejects a list without books', () => {
    expect(() => parseBookList({title: 'x'})).to.throw(BookDataError, 'books: is required');
  });
});

describe('book.schema.json', () => {
  it('is the schema generated from the parser’s own field definitions (run `npm run build` after changing them)', async () => {
    expect(await (await fetch('/schema/book.schema.json')).json()).to.deep.equal(bookJsonSchema());
    expect(await (await fetch('/schema/book-list.schema.json')).json()).to.deep.equal(bookListJsonSchema());
  });

  it('describes the required title, shorthands and the URL rule', () => {
    type Schema = {
      type?: string;
      pattern?: string;
      maxItems?: number;
      maxLength?: number;
      items: {anyOf: Schema[]};
      anyOf: Schema[];
    };
    const book = (bookJsonSchema().$defs as {book: {required: string[]; properties: Record<string, Schema>}}).book;
    expect(book.required).to.deep.equal(['title']);
    expect(book.properties.authors.items.anyOf[0].type).to.equal('string');
    expect(book.properties.related.items.anyOf[1]).to.deep.equal({$ref: '#/$defs/book'});
    expect(new RegExp(book.properties.url.pattern!).test('javascript:alert(1)')).to.be.false;
    expect(new RegExp(book.properties.url.pattern!).test('https://x.example')).to.be.true;
    expect(book.properties.faq.maxItems).to.equal(limits.questions);
    expect(book.properties.description.maxLength).to.equal(limits.prose);
    expect(book.properties.title.maxLength).to.equal(limits.text);
  });
});

describe('format 2', () => {
  const editions = [
    {
      format: 'Hardcover',
      isbn13: '978-1-0981-0796-3',
      pages: 388,
      published: '2022-06-21',
      price: {amount: 59.99, currency: 'usd'},
      links: [{retailer: 'Amazon'}, {href: 'https://shop.example/dmls'}],
    },
    {
      format: 'audiobook',
      duration: 'PT11H32M',
      price: [
        {amount: 24.95, currency: 'USD'},
        {amount: 19.99, currency: 'GBP'},
      ],
    },
    {format: 'braille', status: 'out-of-print'},
  ];

  it('reads editions, prices as lists, series, praise, authors with bios and a sample', () => {
    const book = parseBook(
      {
        title: 'T',
        authors: [{name: 'Ann', bio: 'Writes.', photo: 'ann.jpg', links: [{href: '/ann', kind: 'info'}]}],
        editions,
        series: {name: 'The Series', position: 2.5, books: ['one.json', {title: 'Three'}], url: '/series'},
        praise: [{quote: 'Good.', by: 'Bo', role: 'Critic', source: 'The Paper', url: 'https://paper.example/r'}],
        sample: {href: 'sample.pdf', label: 'Read chapter 1'},
      },
      {baseUrl: base},
    );
    expect(book.editions!.map((e) => e.format)).to.deep.equal(['hardcover', 'audiobook', 'braille']);
    expect(book.editions![0]).to.deep.include({isbn13: '9781098107963', pages: 388, published: '2022-06-21'});
    expect(book.editions![0].price).to.deep.equal([{amount: 59.99, currency: 'USD'}]);
    expect(book.editions![0].links).to.deep.equal([
      {retailer: 'amazon', kind: 'buy'},
      {href: 'https://shop.example/dmls', kind: 'buy'},
    ]);
    expect(book.editions![1].price!.map((p) => p.currency)).to.deep.equal(['USD', 'GBP']);
    expect(book.editions![1].duration).to.equal('PT11H32M');
    expect(book.editions![2].status).to.equal('out-of-print');
    expect(book.series).to.deep.equal({
      name: 'The Series',
      position: 2.5,
      books: ['https://books.example/data/one.json', {title: 'Three'}],
      url: 'https://books.example/series',
    });
    expect(book.praise![0]).to.deep.equal({
      quote: 'Good.',
      by: 'Bo',
      role: 'Critic',
      source: 'The Paper',
      url: 'https://paper.example/r',
    });
    expect(book.authors![0]).to.deep.equal({
      name: 'Ann',
      bio: 'Writes.',
      photo: {src: 'https://books.example/data/ann.jpg'},
      links: [{href: 'https://books.example/ann', kind: 'info'}],
    });
    expect(book.sample).to.deep.equal({href: 'https://books.example/data/sample.pdf', label: 'Read chapter 1'});
    expect(parseBook({title: 'T', sample: {title: 'Chapter 1', text: 'It began.'}}).sample).to.deep.equal({
      title: 'Chapter 1',
      text: 'It began.',
    });
  });

  it('reads every format-1 file as before: the demo books are unchanged', async () => {
    // (The demo book itself has format 2's editions since; these are still format 1.)
    for (const name of [
      'designing-data-intensive-applications',
      'machine-learning-design-patterns',
      'reliable-machine-learning',
    ]) {
      const url = new URL(`/demo/data/${name}.json`, location.href).href;
      const json = await (await fetch(url)).json();
      const book = parseBook(json, {baseUrl: url});
      expect(book.editions).to.equal(undefined);
      expect(book.title).to.equal(json.title);
    }
  });

  it('names the path of each bad value', () => {
    const cases: [object, string][] = [
      [
        {editions: [{format: 'ebook', price: {amount: 5, currency: 'XYZ'}}]},
        'editions[0].price.currency: expected a currency code (ISO 4217) like "USD" or "EUR", got "XYZ"',
      ],
      [
        {editions: [{format: 'ebook', price: {amount: 5, currency: 'dollars'}}]},
        'editions[0].price.currency: expected a currency code (ISO 4217)',
      ],
      [
        {editions: [{format: 'ebook', price: [{amount: -1, currency: 'EUR'}]}]},
        'editions[0].price[0].amount: expected a number of at least 0, got -1',
      ],
      [
        {editions: [{format: 'ebook', price: {amount: '9.99', currency: 'EUR'}}]},
        'editions[0].price.amount: expected a number, got string',
      ],
      [{editions: [{format: 'audiobook', duration: '11 hours'}]}, 'editions[0].duration: expected an ISO 8601 duration'],
      [
        {editions: [{format: 'ebook', status: 'soon'}]},
        'editions[0].status: expected one of "available", "preorder", "out-of-print"',
      ],
      [{editions: [{isbn13: '9781098107963'}]}, 'editions[0].format: is required'],
      [{editions: [{format: 'ebook', published: 'next spring'}]}, 'editions[0].published: expected a date'],
      [
        {editions: [{format: 'ebook', links: [{href: 'javascript:alert(1)'}]}]},
        'editions[0].links[0].href: "javascript:" URLs are not allowed',
      ],
      [{links: [{label: 'Buy'}]}, 'links[0]: needs "href" or "retailer"'],
      [{links: [{retailer: 'kobo'}]}, 'links[0]: a link by "retailer" alone is built from an ISBN: give the book an isbn13'],
      [
        {editions: [{format: 'ebook', links: [{retailer: 'kobo'}]}]},
        'editions[0].links[0]: a link by "retailer" alone is built from an ISBN: give the edition',
      ],
      [{series: {position: 1}}, 'series.name: is required'],
      [{series: {name: 'S', url: 'javascript:x'}}, 'series.url: "javascript:" URLs are not allowed'],
      [{praise: [{quote: 'Good.'}]}, 'praise[0].by: is required'],
      [{praise: [{quote: '', by: 'Bo'}]}, 'praise[0].quote: must not be empty'],
      [{authors: [{name: 'A', photo: 'data:text/html,x'}]}, 'authors[0].photo: "data:" URLs are not allowed'],
      [{sample: {label: 'Read'}}, 'sample.text: is required'],
      [{sample: {href: 'ftp://x.example/s.pdf'}}, 'sample.href: "ftp:" URLs are not allowed'],
      [
        {editions: Array.from({length: limits.editions + 1}, () => ({format: 'ebook'}))},
        `editions: expected at most ${limits.editions} items`,
      ],
      [
        {praise: Array.from({length: limits.praise + 1}, () => ({quote: 'Q', by: 'B'}))},
        `praise: expected at most ${limits.praise} items`,
      ],
    ];
    for (const [fields, message] of cases) {
      const issues = issuesOf({title: 'T', ...fields});
      expect(issues, message).to.have.length(1);
      expect(issues[0]).to.contain(message);
    }
  });

  it('builds a link by retailer alone from the edition’s ISBN, or the book’s', () => {
    expect(parseBook({title: 'T', isbn13: '9781098107963', links: [{retailer: 'kobo'}]}).links).to.deep.equal([
      {retailer: 'kobo', kind: 'buy'},
    ]);
    expect(
      parseBook({title: 'T', editions: [{format: 'ebook', isbn13: '9781098107963'}], links: [{retailer: 'kobo'}]}).links,
    ).to.have.length(1);
    expect(
      parseBook({title: 'T', isbn10: '1098107969', editions: [{format: 'ebook', links: [{retailer: 'kobo'}]}]}).editions![0]
        .links,
    ).to.have.length(1);
  });

  it('is in book.schema.json: prices, the link’s href or retailer, the duration', () => {
    type Schema = {
      properties: Record<string, Schema>;
      items: Schema;
      anyOf: Schema[];
      type?: string;
      minimum?: number;
      pattern?: string;
    };
    const book = (bookJsonSchema().$defs as {book: Schema}).book;
    const edition = book.properties.editions.items;
    expect(edition.properties.price.anyOf[0].type).to.equal('array');
    expect(edition.properties.price.anyOf[1].properties.amount).to.deep.equal({type: 'number', minimum: 0});
    expect(book.properties.links.items.anyOf).to.deep.equal([{required: ['href']}, {required: ['retailer']}]);
    expect(new RegExp(edition.properties.duration.pattern!).test('PT11H32M')).to.equal(true);
    expect(new RegExp(edition.properties.duration.pattern!).test('P')).to.equal(false);
    expect(book.properties.series.properties.books.items.anyOf[1]).to.deep.equal({$ref: '#/$defs/book'});
  });
});
