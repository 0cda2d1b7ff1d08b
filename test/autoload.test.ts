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

/** The chunk files each element needs, as the build wrote them. */
const chunkMap = async (): Promise<{[tag: string]: string[]}> => (await fetch('/dist/chunks.json')).json();
const chunksLoaded = (win: Window) =>
  (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/dist/chunks/'))
    .map((path) => `./${path.slice('/dist/'.length)}`);

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

  it('loads an element added later, and starts an eager element’s file with its code', async () => {
    const {doc, win} = await openPage({srcdoc: page('<p>nothing yet</p>')});
    expect(chunksLoaded(win)).to.deep.equal([]);
    const faq = doc.createElement('book-faq') as Widget;
    faq.setAttribute('loading', 'eager');
    faq.setAttribute('src', `${demoBook}?added-later`);
    doc.body.append(faq);
    await waitUntil(() => faq.state === 'ready', 'faq not ready', {timeout: 5000});
    expect(chunksLoaded(win)).to.include((await chunkMap())['book-faq'][0]);
    const preload = doc.querySelector<HTMLLinkElement>('link[rel=preload][as=fetch]');
    expect(preload?.href).to.equal(new URL(`${demoBook}?added-later`, location.href).href);
  });

  it('fetches a lazy element’s file while its code loads once it is near the viewport; not one far below', async () => {
    const key = uniqueKey();
    // The script and its chunks come 300 ms late, so the page is laid out long before the code.
    const near = `/fake/count/${key}${demoBook}`;
    const far = `${demoBook}?far-${key}`;
    const {doc} = await openPage({
      srcdoc: page(
        `<book-faq src="${near}"></book-faq><div style="height: 5000px"></div><book-toc src="${far}"></book-toc>`,
        '/fake/delay/300/type/text%2Fjavascript/dist/book-widgets.js',
      ),
    });
    const faq = doc.querySelector<Widget>('book-faq')!;
    await waitUntil(() => faq.state === 'ready', 'faq not ready', {timeout: 5000});
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=preload][as=fetch]')].map((l) => l.href);
    expect(preloads).to.deep.equal([new URL(near, location.href).href]);
    expect(await hits(key), 'the element took the preloaded answer').to.equal(1);
    expect(doc.querySelector<Widget>('book-toc')!.state).to.equal('loading');
  });

  it('a card by ISBN asks for the look-up’s chunk with its own; a card by file does not', async () => {
    const {doc, win} = await openPage({
      srcdoc: `<script>window.BookWidgets = {sources: {openlibrary: '/sources/openlibrary'}};</script>${page(
        '<book-card loading="eager" isbn="9781098107963"></book-card>',
      )}`,
    });
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.state === 'ready', 'card not ready', {timeout: 5000});
    const map = await chunkMap();
    const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
      (l) => `./${new URL(l.href).pathname.slice('/dist/'.length)}`,
    );
    expect(preloads).to.include(map.isbn[0]);
    expect(chunksLoaded(win)).to.include(map.isbn[0]);
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Designing Machine Learning Systems');
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
