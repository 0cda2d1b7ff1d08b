// The server render, as a site's build runs it: `book-widgets render` and `book-widgets/ssr`. What
// the browser then makes of the HTML is test/prerender.test.ts's.
import {execFile} from 'node:child_process';
import {mkdtemp, writeFile, cp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {elements, headFor, loadBookForRender, renderElement, renderHead} from '../dist/ssr/render.js';

const demo = 'demo/data/designing-machine-learning-systems.json';
const novel = 'demo/data/the-glass-orchard.json';

const cli = (...args) =>
  new Promise((resolve) =>
    execFile(process.execPath, ['bin/book-widgets.js', ...args], (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, stdout, stderr}),
    ),
  );

/** The book written in a rendered element, read back. */
const inlineBook = (html) => JSON.parse(html.match(/<script type="application\/json"[^>]*>(.*?)<\/script>/s)[1]);

const bookTags = Object.keys(elements).filter((tag) => tag !== 'newsletter-signup' && tag !== 'book-data');

describe('book-widgets render', () => {
  for (const tag of bookTags) {
    it(`renders <${tag}> with its content, never its skeleton`, async () => {
      const book = ['book-praise', 'book-series', 'book-author'].includes(tag) ? novel : demo;
      const html = await renderElement(book, {element: tag});
      assert.match(html, new RegExp(`^<${tag}[ >]`));
      assert.match(html, /<template shadowrootmode="open"><style>/);
      assert.doesNotMatch(html, /class="[^"]*\bskeleton/, 'a skeleton');
      assert.doesNotMatch(html, /aria-busy="true"/);
      assert.match(html, /state="ready"/);
      assert.equal(
        inlineBook(html).title,
        tag === 'book-author' || book === novel ? 'The Glass Orchard' : 'Designing Machine Learning Systems',
      );
      assert.match(html, new RegExp(`</${tag}>$`));
    });
  }

  it('writes the buy box’s chosen format and store as HTML states: one each', async () => {
    const html = await renderElement(demo, {element: 'book-buy'});
    const radios = [...html.matchAll(/<input type="radio"[^>]*>/g)].map((m) => m[0]);
    assert.equal(radios.length, 2);
    assert.deepEqual(
      radios.map((r) => /\schecked\b/.test(r)),
      [true, false],
    );
    assert.equal([...html.matchAll(/<option[^>]*\sselected\b/g)].length, 1);
  });

  it('puts the related books in the page: read from beside the file, none left to fetch', async () => {
    const html = await renderElement(demo, {element: 'book-recommendations'});
    const {related} = inlineBook(html);
    assert.deepEqual(
      related.map((b) => b.title),
      ['Designing Data-Intensive Applications', 'Machine Learning Design Patterns', 'Reliable Machine Learning'],
    );
    assert.doesNotMatch(html, /<book-card[^>]* src=/);
    assert.match(html, /Martin Kleppmann/);
  });

  it('keeps relative URLs relative to the page without a base, and absolute with one', async () => {
    const relative = await renderElement(demo, {element: 'book-card'});
    assert.match(relative, /src="covers\/designing-machine-learning-systems\.svg"/);
    assert.doesNotMatch(relative, /book-widgets\.invalid/);
    const absolute = await renderElement(demo, {element: 'book-card', baseUrl: 'https://books.example/data/dmls.json'});
    assert.match(absolute, /src="https:\/\/books\.example\/data\/covers\/designing-machine-learning-systems\.svg"/);
  });

  it('renders in the reader’s language, with its direction', async () => {
    const german = await renderElement(demo, {element: 'book-toc', lang: 'de'});
    assert.match(german, /^<book-toc\s+lang="de"/);
    assert.match(german, /Inhalt/);
    assert.doesNotMatch(german, /Table of contents/);
    // A page's sections are in its language too (on a server they have no ancestors to ask).
    const page = await renderElement(demo, {element: 'book-page', lang: 'de'});
    assert.match(page, /Bei Amazon kaufen/);
    assert.match(page, /Häufige Fragen/);
    assert.doesNotMatch(page, /Buy on Amazon|Frequently asked questions/);
    const arabic = await renderElement(demo, {element: 'book-faq', lang: 'ar'});
    assert.match(arabic, /dir="rtl"/);
  });

  it('writes JSON-LD in the element where structured-data is set', async () => {
    const html = await renderElement(demo, {element: 'book-card', attributes: {'structured-data': ''}});
    const jsonLd = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)[1]);
    assert.equal(jsonLd['@type'], 'Book');
    assert.equal(jsonLd.isbn, '9781098107963');
    const faq = await renderElement(demo, {element: 'book-faq', attributes: {'structured-data': ''}});
    assert.match(faq, /"@type":"FAQPage"/);
    assert.doesNotMatch(await renderElement(demo, {element: 'book-card'}), /ld\+json/);
  });

  it('escapes a hostile book: no markup of its own reaches the HTML', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)></template><!--';
    const book = {
      title: `Title ${evil}`,
      subtitle: evil,
      authors: [evil],
      tagline: evil,
      description: evil,
      about: [evil],
      highlights: [evil],
      outcomes: [evil],
      audience: [evil],
      categories: [evil],
      badges: [evil],
      toc: [{title: evil, summary: evil}],
      faq: [{question: evil, answer: evil}],
      related: [{title: evil, authors: [evil]}],
      links: [{href: `https://example.com/?q=${encodeURIComponent(evil)}`, label: evil}],
    };
    for (const tag of ['book-page', 'book-card']) {
      const html = await renderElement(book, {element: tag, attributes: {'structured-data': ''}});
      assert.doesNotMatch(html, /<script>|<img/i, tag);
      assert.doesNotMatch(html, /<[a-z][^>]*\sonerror=/i, 'an attribute of the book’s');
      assert.equal(html.match(/<\/template>/g).length, html.match(/<template shadowrootmode/g).length, 'a template closed early');
      assert.doesNotMatch(html, /<!--(?!\/?lit-|\?-->)/, 'a comment opened by the book');
      // Every script element is ours: the book, and its JSON-LD.
      const scripts = [...html.matchAll(/<script type="([^"]*)"/g)].map((m) => m[1]);
      assert.equal(scripts.length, html.match(/<script/g).length);
      assert.deepEqual([...new Set(scripts)].sort(), ['application/json', 'application/ld+json']);
      assert.equal(inlineBook(html).title, `Title ${evil}`);
    }
  });

  it('says what is wrong: a missing file, an invalid book, an unknown element, a related file', async () => {
    const missing = await cli('render', 'no-such-book.json');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-such-book\.json: no such file/);
    const dir = await mkdtemp(join(tmpdir(), 'bw-render-'));
    await writeFile(join(dir, 'bad.json'), JSON.stringify({subtitle: 'no title', pages: -3}));
    const invalid = await cli('render', join(dir, 'bad.json'));
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /Invalid book data: title: .*pages/);
    const unknown = await cli('render', demo, '--element', 'book-shelf');
    assert.match(unknown.stderr, /"book-shelf" is not a book-widgets element: use one of book-data, book-card/);
    await writeFile(join(dir, 'refers.json'), JSON.stringify({title: 'Refers', related: ['gone.json']}));
    const related = await cli('render', join(dir, 'refers.json'));
    assert.match(related.stderr, /related\[0\] "gone\.json": .*gone\.json: no such file/);
    await assert.rejects(
      renderElement({title: 'Object', related: ['other.json']}),
      /related\[0\] "other\.json" can only be read with the book's own URL/,
    );
    const attribute = await cli('render', demo, '--attr', 'src=x.json');
    assert.match(attribute.stderr, /src is not for a rendered element/);
  });

  it('checks the attributes: the element’s own or HTML’s, each once, none that would fight the book', async () => {
    await assert.rejects(
      renderElement(demo, {element: 'book-card', attributes: {layuot: 'compact'}}),
      /<book-card> has no attribute layuot: it takes .*layout/,
    );
    await assert.rejects(
      renderElement(demo, {element: 'book-card', attributes: {Layout: 'compact', layout: 'vertical'}}),
      /given twice/,
    );
    await assert.rejects(
      renderElement(demo, {element: 'book-card', attributes: {'base-url': 'https://x.example/'}}),
      /base-url is not for a rendered element/,
    );
    const fine = await renderElement(demo, {
      element: 'book-card',
      attributes: {Layout: 'compact', 'data-shelf': '3', 'aria-label': 'A book'},
    });
    assert.match(fine, /^<book-card\s+layout="compact" data-shelf="3" aria-label="A book" lang="en"/);
    await assert.rejects(
      renderElement(demo, {baseUrl: 'books/dmls.json'}),
      /--base-url "books\/dmls\.json" is not an absolute http\(s\) URL/,
    );
  });

  it('writes what the content was drawn with: its language always, the store and the date beside the book', async () => {
    const html = await renderElement(demo, {element: 'book-buy', country: 'de'});
    assert.match(html, /^<book-buy\s+lang="en"/);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assert.match(html, new RegExp(`<script type="application/json" data-country="de" data-today="${iso}">`));
    assert.match(await renderElement(demo, {element: 'book-card', lang: 'pt-BR'}), /data-country="br"/);
    await assert.rejects(renderElement(demo, {country: 'Germany'}), /"Germany" is not a country code/);
  });

  it('keeps relative URLs relative, also those that climb out of the book’s folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-render-'));
    const {mkdir} = await import('node:fs/promises');
    await mkdir(join(dir, 'books'));
    await mkdir(join(dir, 'other'));
    await writeFile(
      join(dir, 'books', 'main.json'),
      JSON.stringify({title: 'Main', cover: {src: './c/main.svg'}, related: ['../other/r.json']}),
    );
    await writeFile(join(dir, 'other', 'r.json'), JSON.stringify({title: 'Related', cover: {src: 'covers/r.svg'}}));
    const html = await renderElement(join(dir, 'books', 'main.json'), {element: 'book-page'});
    assert.match(html, /src="c\/main\.svg"/);
    assert.match(html, /src="\.\.\/other\/covers\/r\.svg"/);
    assert.doesNotMatch(html, /book-widgets\.invalid/);
  });

  it('reads no local file for a book from the web', async () => {
    const {createServer} = await import('node:http');
    const server = createServer((req, res) =>
      res
        .writeHead(200, {'content-type': 'application/json'})
        .end(JSON.stringify({title: 'Remote', related: ['file:///etc/hostname']})),
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await assert.rejects(
        renderElement(`http://127.0.0.1:${server.address().port}/book.json`),
        /related\[0\] "file:\/\/\/etc\/hostname": a book from the web cannot name a local file/,
      );
    } finally {
      server.close();
    }
  });

  it('writes to --out, and renders a book from a URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-render-'));
    const {code} = await cli('render', demo, '--element', 'book-card', '--out', join(dir, 'card.html'));
    assert.equal(code, 0);
    const {readFile: read} = await import('node:fs/promises');
    assert.match(
      await read(join(dir, 'card.html'), 'utf8'),
      /^<book-card[^>]*><template shadowrootmode="open">[^]*<\/book-card>\n$/,
    );
    await cp('demo/data', join(dir, 'data'), {recursive: true});
    const {createServer} = await import('node:http');
    const {readFile} = await import('node:fs/promises');
    const server = createServer(async (req, res) => {
      try {
        res.writeHead(200, {'content-type': 'application/json'}).end(await readFile(join(dir, req.url)));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/data/designing-machine-learning-systems.json`;
    try {
      const html = await renderElement(url, {element: 'book-recommendations'});
      assert.match(html, new RegExp(`src="http://127\\.0\\.0\\.1:${server.address().port}/data/covers/`));
      assert.equal(inlineBook(html).related.length, 3);
    } finally {
      server.close();
    }
  });
});

describe('book-widgets render --head', () => {
  it('gives the tags search engines and social previews read', async () => {
    const head = await renderHead(demo, {
      pageUrl: 'https://books.example/dmls/',
      baseUrl: 'https://books.example/data/dmls.json',
    });
    const tags = head.split('\n');
    assert.equal(
      tags[0],
      '<title>Designing Machine Learning Systems: An Iterative Process for Production-Ready Machine Learning Applications</title>',
    );
    for (const expected of [
      '<link rel="canonical" href="https://books.example/dmls/">',
      '<meta property="og:type" content="book">',
      '<meta property="og:url" content="https://books.example/dmls/">',
      '<meta property="og:image" content="https://books.example/data/covers/designing-machine-learning-systems.svg">',
      '<meta property="og:image:width" content="600">',
      '<meta property="og:image:height" content="900">',
      '<meta property="book:isbn" content="9781098107963">',
      '<meta property="book:author" content="https://huyenchip.com/">',
      '<meta property="book:release_date" content="2022">',
      '<meta name="twitter:card" content="summary">',
    ])
      assert.ok(tags.includes(expected), `${expected} in\n${head}`);
    const description = tags.find((t) => t.startsWith('<meta name="description"'));
    assert.ok(description.length < 200);
  });

  it('leaves out og:image when the cover has no absolute URL', async () => {
    const book = await loadBookForRender(demo);
    assert.doesNotMatch(headFor(book), /og:image/);
    const {stdout} = await cli('render', demo, '--head');
    assert.match(stdout, /<meta property="og:type" content="book">/);
  });

  it('makes a page the Nu HTML Checker finds valid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bw-vnu-'));
    const file = join(dir, 'page.html');
    const head = await renderHead(demo, {
      pageUrl: 'https://books.example/dmls/',
      baseUrl: 'https://books.example/data/dmls.json',
    });
    const body = await renderElement(demo, {element: 'book-page', attributes: {'structured-data': ''}});
    await writeFile(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body><main>${body}</main>` +
        '<script type="module" src="book-widgets.js"></script></body></html>',
    );
    const {createRequire} = await import('node:module');
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const result = await new Promise((resolve) =>
      execFile('java', ['-jar', jar, '--errors-only', '--format', 'text', file], (error, stdout, stderr) =>
        resolve({code: error ? error.code : 0, out: stdout + stderr}),
      ),
    );
    assert.equal(result.out.trim(), 'Document checking completed. No errors found.', result.out);
    assert.equal(result.code, 0);
  });
});
