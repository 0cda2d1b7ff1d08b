/**
 * The script tag as pasted, dist/book-widgets.js: it loads each element's chunks on first use, so a
 * page downloads the code of the elements it has and no other; all of an element's chunks are
 * asked for at once; a chunk that cannot be loaded turns its elements into their error state,
 * naming the file; elements added later are found; loading it twice never throws.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {demoBook, hits, openPage, uniqueKey} from './test-book.js';

type Widget = HTMLElement & {state: string};
const script = (src = '/dist/book-widgets.js') => `<script type="module" src="${src}"></script>`;
const page = (body: string, src?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${script(src)}</head><body>${body}</body></html>`;

/**
 * The script and its chunks, `ms` late: the page is laid out long before the code is here. Each test
 * its own `ms`, so that no chunk comes from the cache of an earlier test.
 */
const delayedScript = (ms: number) => `/fake/delay/${ms}/type/text%2Fjavascript/dist/book-widgets.js`;

/** Did the request counted under `key` start before the chunk `chunk` (of the delayed script) arrived? */
const fetchedBefore = (win: Window, key: string, chunk: string) => {
  const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const file = entries.find((e) => e.name.includes(`/fake/count/${key}/`))!;
  const code = entries.find((e) => e.name.endsWith(chunk.slice(1)))!;
  return file.startTime < code.responseEnd;
};

/** The chunk files each element needs, as the build wrote them. */
const chunkMap = async (): Promise<{[tag: string]: string[]}> => (await fetch('/dist/chunks.json')).json();
const chunksLoaded = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.includes('/dist/chunks/'))
    .map((path) => `./${path.slice(path.indexOf('/dist/') + '/dist/'.length)}`);

describe('dist/book-widgets.js, the autoloader', () => {
  it('a page with one card downloads the card’s chunks and no other element’s', async () => {
    const {doc, win} = await openPage({srcdoc: page(`<book-card loading="eager" src="${demoBook}?one-card"></book-card>`)});
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.state === 'ready', 'card not ready', {timeout: 5000});
    const map = await chunkMap();
    const loaded = chunksLoaded(win);
    expect([...new Set(loaded)].sort()).to.deep.equal([...map['book-card']].sort());
    for (const other of ['book-toc', 'book-faq', 'newsletter-signup', 'book-page', 'isbn']) {
      expect(loaded, `${other}'s own chunk`).not.to.include(map[other][0]);
    }
    // All of the card's chunks were asked for at once, as module preloads, not one import level at a time.
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
      (l) => `./${new URL(l.href).pathname.slice('/dist/'.length)}`,
    );
    expect(preloads).to.deep.equal(map['book-card']);
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Designing Machine Learning Systems');
  });

  it('a page in English downloads no language pack; a page in German exactly one, and shows German', async () => {
    const english = await openPage({srcdoc: page(`<book-toc loading="eager" src="${demoBook}?english"></book-toc>`)});
    const toc = english.doc.querySelector<Widget>('book-toc')!;
    await waitUntil(() => toc.state === 'ready', 'English table not ready', {timeout: 5000});
    expect(chunksLoaded(english.win).filter((file) => file.includes('/lang-'))).to.deep.equal([]);

    const german = await openPage({
      srcdoc: page(`<book-toc loading="eager" src="${demoBook}?german"></book-toc>`).replace('lang="en"', 'lang="de"'),
    });
    const inhalt = german.doc.querySelector<Widget>('book-toc')!;
    await waitUntil(() => inhalt.state === 'ready', 'German table not ready', {timeout: 5000});
    const packs = chunksLoaded(german.win).filter((file) => file.includes('/lang-'));
    expect(packs).to.have.length(1);
    expect(packs[0]).to.match(/\/lang-de-[\w-]+\.js$/);
    expect(inhalt.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Inhalt');
  });

  it('loads an element added later, and fetches an eager element’s file while its code loads', async () => {
    const key = uniqueKey();
    // The script and its chunks come 300 ms late: the file is asked for long before the code is here.
    const {doc, win} = await openPage({srcdoc: page('<p>nothing yet</p>', delayedScript(300))});
    expect(chunksLoaded(win)).to.deep.equal([]);
    const faq = doc.createElement('book-faq') as Widget;
    faq.setAttribute('loading', 'eager');
    faq.setAttribute('src', `/fake/count/${key}${demoBook}`);
    doc.body.append(faq);
    await waitUntil(() => faq.state === 'ready', 'faq not ready', {timeout: 5000});
    const faqChunk = (await chunkMap())['book-faq'][0];
    expect(chunksLoaded(win)).to.include(faqChunk);
    expect(fetchedBefore(win, key, faqChunk), 'the file was asked for before the code arrived').to.equal(true);
    expect(await hits(key), 'the element took the loader’s answer').to.equal(1);
  });

  it('fetches a lazy element’s file while its code loads once it is near the viewport; not one far below', async () => {
    const key = uniqueKey();
    const {doc, win} = await openPage({
      srcdoc: page(
        `<book-faq src="/fake/count/${key}${demoBook}"></book-faq><div style="height: 5000px"></div>` +
          `<book-toc src="/fake/count/${key}far${demoBook}"></book-toc>`,
        delayedScript(301),
      ),
    });
    const faq = doc.querySelector<Widget>('book-faq')!;
    await waitUntil(() => faq.state === 'ready', 'faq not ready', {timeout: 5000});
    expect(fetchedBefore(win, key, (await chunkMap())['book-faq'][0])).to.equal(true);
    expect(await hits(key), 'the element took the loader’s answer').to.equal(1);
    // The far one's code may still be on its way when the near one is ready: wait for it, then look.
    await win.customElements.whenDefined('book-toc');
    const toc = doc.querySelector<Widget>('book-toc')!;
    await (toc as Widget & {updateComplete: Promise<unknown>}).updateComplete;
    expect(await hits(`${key}far`), 'the far one waits').to.equal(0);
    expect(toc.state).to.equal('loading');
  });

  it('a file the loader fetched that answers 404 is the element’s error, as if it had asked itself', async () => {
    const {doc} = await openPage({
      srcdoc: page('<book-card loading="eager" src="/fake/status/404/gone.json"></book-card>', delayedScript(302)),
    });
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.state === 'error', 'no error state', {timeout: 5000});
    expect(card.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('gone.json answered 404');
  });

  it('<book-page> loads <book-buy>’s code only for a book with editions, and shows the rest without waiting for it', async () => {
    const map = await chunkMap();
    expect(map['book-page'], 'not among the page’s own chunks').not.to.include(map['book-buy'][0]);
    const plain = await openPage({
      srcdoc: page('<book-page loading="eager" src="/demo/data/designing-data-intensive-applications.json"></book-page>'),
    });
    const plainPage = plain.doc.querySelector<Widget>('book-page')!;
    await waitUntil(() => plainPage.shadowRoot?.querySelector('book-about'), 'page not ready', {timeout: 5000});
    expect(chunksLoaded(plain.win), 'a book without editions').not.to.include(map['book-buy'][0]);
    // The demo book has editions. Every file of the code comes 700 ms late, so the buy box's, asked
    // for once the book is here, comes well after the page's: the page shows its sections meanwhile,
    // with the buy box's place kept, and then the buy box.
    const {doc, win} = await openPage({
      srcdoc: page(`<book-page loading="eager" src="${demoBook}"></book-page>`, delayedScript(700)),
    });
    const bookPage = doc.querySelector<Widget>('book-page')!;
    const toc = () => bookPage.shadowRoot?.querySelector<Widget>('book-toc');
    await waitUntil(() => toc()?.state === 'ready', 'the sections', {timeout: 8000});
    expect(bookPage.shadowRoot!.querySelector('.buy-placeholder'), 'the buy box’s place is kept').to.exist;
    expect(bookPage.shadowRoot!.querySelector('book-buy'), 'its code is not here yet').to.equal(null);
    await waitUntil(
      () => bookPage.shadowRoot!.querySelector('book-buy')?.shadowRoot?.querySelector('[part=link]'),
      'the buy box',
      {
        timeout: 8000,
      },
    );
    expect(chunksLoaded(win)).to.include(map['book-buy'][0]);
    expect(bookPage.shadowRoot!.querySelector('.buy-placeholder')).to.equal(null);
  });

  it('<book-page> loads <book-praise>’s code only for a book with praise, and shows it with the rest', async () => {
    const map = await chunkMap();
    expect(map['book-page'], 'not among the page’s own chunks').not.to.include(map['book-praise'][0]);
    const plain = await openPage({srcdoc: page(`<book-page loading="eager" src="${demoBook}?no-praise"></book-page>`)});
    const plainPage = plain.doc.querySelector<Widget>('book-page')!;
    await waitUntil(() => plainPage.state === 'ready', 'page not ready', {timeout: 5000});
    expect(chunksLoaded(plain.win)).not.to.include(map['book-praise'][0]);
    const {doc, win} = await openPage({
      srcdoc: page('<book-page loading="eager" src="/demo/data/the-glass-orchard.json"></book-page>'),
    });
    const bookPage = doc.querySelector<Widget>('book-page')!;
    await waitUntil(
      () => bookPage.shadowRoot?.querySelector('book-praise')?.shadowRoot?.querySelector('blockquote'),
      'no praise',
      {
        timeout: 5000,
      },
    );
    expect(chunksLoaded(win)).to.include(map['book-praise'][0]);
    expect(bookPage.shadowRoot!.querySelector('book-card')!.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(
      'The Glass Orchard',
    );
  });

  it('a chunk that cannot be loaded: the error state, naming the file, with the page’s fallback', async () => {
    // The autoloader is served; every file beside it answers 404.
    const src = '/fake/type/text%2Fjavascript/only/book-widgets.js/dist/book-widgets.js';
    const {doc} = await openPage({
      srcdoc: page(`<book-card loading="eager" src="${demoBook}"><a href="/fallback">The book at a shop</a></book-card>`, src),
    });
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.getAttribute('state') === 'error', 'no error state', {timeout: 5000});
    const message = card.shadowRoot!.querySelector('[part=error]')!.textContent!;
    expect(message).to.match(
      /^The code of <book-card> could not be loaded from http:\/\/[^ ]+\/dist\/chunks\/book-card-[\w-]+\.js/,
    );
    expect(message).to.contain('keep every file of dist/ next to book-widgets.js');
    const slot = card.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('The book at a shop');
  });

  it('an eager element whose src is not a URL stops nothing: it shows its own error, the rest load', async () => {
    const {doc} = await openPage({
      srcdoc: page(
        `<book-faq loading="eager" src="http://a:99999/x.json"></book-faq><book-card loading="eager" src="${demoBook}?after-bad"></book-card>`,
      ),
    });
    const [faq, card] = [doc.querySelector<Widget>('book-faq')!, doc.querySelector<Widget>('book-card')!];
    await waitUntil(() => card.state === 'ready' && faq.state === 'error', 'not settled', {timeout: 5000});
    const later = doc.createElement('book-toc') as Widget;
    later.setAttribute('loading', 'eager');
    later.setAttribute('src', `${demoBook}?after-bad`);
    doc.body.append(later);
    await waitUntil(() => later.state === 'ready', 'an element added later did not load', {timeout: 5000});
  });

  it('loaded twice, and a second copy beside it, never throws', async () => {
    const {doc, win} = await openPage({
      srcdoc: page(
        `<book-card loading="eager" src="${demoBook}?twice"></book-card>${script()}${script('/dist/book-widgets.js?copy=2')}`,
      ),
    });
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.state === 'ready', 'card not ready', {timeout: 5000});
    expect(errors).to.deep.equal([]);
  });
});
