/**
 * Pre-rendered elements (`book-widgets render`, declarative shadow DOM): complete before any script,
 * the same text as the browser's own render, and, once the script tag loads, adopted as they are:
 * the same nodes, no request for the book, no warning, and every control working.
 */
import {expect, fixture, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {openPage, uniqueKey} from './test-book.js';

type Widget = HTMLElement & {state: string; updateComplete: Promise<unknown>; hasUpdated?: boolean};

const mlBook = 'designing-machine-learning-systems';
const novel = 'the-glass-orchard';

/** The text a reader sees of an element: through its shadow root and those inside it, no styles or data. */
// Nodes of a frame are of its realm: told apart by nodeType and name, never by instanceof.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (isElement(node)) {
    // A summary's "Show more" comes with the browser's measure of the row: never on a server; what a
    // form says without JavaScript, only from a server (and shown only without JavaScript).
    if (/^(style|script|template)$/.test(node.localName) || /^(toggle|no-script)$/.test(node.getAttribute('part') ?? ''))
      return '';
    if (node.localName === 'slot') return (node as HTMLSlotElement).assignedNodes({flatten: true}).map(deepText).join(' ');
  } else if (node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const root = isElement(node) && node.shadowRoot ? node.shadowRoot : node;
  return [...root.childNodes].map(deepText).join(' ');
}
// Region names come from each engine's Unicode data (Intl.DisplayNames), the server's from Node's:
// WebKitGTK's older data still says Turkey.
const words = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/Türkiye/g, 'Turkey')
    .trim();

/** Every node in the element's shadow roots, nested ones included. */
function shadowNodes(element: Element): Node[] {
  const nodes: Node[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
      if (isElement(node) && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return nodes;
}

/** A frame whose page runs no script (sandboxed: forms allowed, scripts not), once loaded. */
async function sandboxed(src: string) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-forms allow-same-origin');
  frame.src = src;
  frame.style.cssText = 'width: 600px; height: 600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  (await fixture('<div></div>')).append(frame);
  await loaded;
  return frame;
}

const page = (book: string, element: string, extra = '') => `/prerendered/${book}.html?element=${element}${extra}`;

/** The page's script tag added now, as the browser runs it after the HTML: resolves once `tag` is defined. */
async function addScript(doc: Document, tag: string, src = '/dist/book-widgets.js') {
  const win = doc.defaultView as Window & typeof globalThis;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  doc.body.append(script);
  await win.customElements.whenDefined(tag);
}

/** Console warnings and errors of a frame, and errors nothing caught, from now on. */
function consoleOf(win: Window) {
  const said: string[] = [];
  win.addEventListener('error', (event) => said.push(`uncaught: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => said.push(`unhandled: ${event.reason}`));
  const console = (win as unknown as {console: Console}).console;
  for (const level of ['warn', 'error'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      said.push(args.map(String).join(' '));
      original(...args);
    };
  }
  return said;
}

/** Until every one of our elements in `root` (and in their shadow roots) has drawn and settled. */
async function settled(root: ParentNode) {
  const all = () =>
    [...root.querySelectorAll('*'), ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? shadowNodes(el) : []))]
      .filter((el): el is Widget => isElement(el) && /^(book-|newsletter-)/.test(el.localName))
      .filter((el, i, list) => list.indexOf(el) === i);
  await waitUntil(() => all().every((el) => el.hasUpdated), 'not every element hydrated', {timeout: 6000});
  await Promise.all(all().map((el) => el.updateComplete));
}

const elementsToTest: [string, string][] = [
  [mlBook, 'book-card'],
  [mlBook, 'book-about'],
  [mlBook, 'book-toc'],
  [mlBook, 'book-faq'],
  [mlBook, 'book-recommendations'],
  [mlBook, 'book-buy'],
  [mlBook, 'book-page'],
  [novel, 'book-praise'],
  [novel, 'book-series'],
  [novel, 'book-author'],
  ['none', 'newsletter-signup'],
  [novel, 'book-page'],
];

describe('pre-rendered elements', function () {
  this.timeout(20000);

  for (const [book, tag] of elementsToTest) {
    it(`<${tag}> (${book}): whole without script, the browser's own text, adopted as it is`, async () => {
      const {doc, win} = await openPage({src: page(book, tag)});
      const element = doc.querySelector<Widget>(tag)!;
      // Before any script: the content is there, in a shadow root the HTML parser made.
      expect(element.shadowRoot, 'a declarative shadow root').to.exist;
      expect(element.shadowRoot!.querySelector('.skeleton, .skeleton-text'), 'no skeleton').to.equal(null);
      const before = words(deepText(element));
      expect(before.length).to.be.greaterThan(20);

      // The same book rendered by the browser, here, from its file.
      // (A list's src is a list file: the related books come to it from a <book-data>.)
      const holder = await fixture<Widget>(
        book === 'none'
          ? `<div><${tag}></${tag}></div>`
          : tag === 'book-recommendations'
            ? `<book-data loading="eager" src="/demo/data/${book}.json"><${tag} loading="eager"></${tag}></book-data>`
            : `<div><${tag} loading="eager" src="/demo/data/${book}.json"></${tag}></div>`,
      );
      const client = holder.querySelector<Widget>(tag)!;
      if (book !== 'none') await waitUntil(() => client.state === 'ready', 'client render not ready', {timeout: 5000});
      // Related books, from their files: loaded once in sight.
      for (const list of [client, ...shadowNodes(client)].filter((n) => isElement(n) && n.localName === 'book-recommendations'))
        (list as Element).scrollIntoView();
      await waitUntil(
        () => !shadowNodes(client).some((n) => isElement(n) && n.getAttribute('state') === 'loading'),
        'cards loading',
        {
          timeout: 5000,
        },
      );
      await settled(client);
      expect(before).to.equal(words(deepText(client)));

      // The script arrives: the same nodes, kept; no request for the book; nothing said.
      const nodes = shadowNodes(element);
      const said = consoleOf(win);
      await addScript(doc, tag);
      await settled(doc);
      if (book !== 'none') expect(element.state).to.equal('ready');
      // Every node the server made is still there (a table of contents adds its "Show more" buttons).
      const after = new Set(shadowNodes(element));
      expect(nodes.filter((node) => !after.has(node)).length, 'nodes replaced').to.equal(0);
      expect(words(deepText(element))).to.equal(before);
      const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(requests.filter((url) => url.endsWith('.json'))).to.deep.equal([]);
      expect(said).to.deep.equal([]);
    });
  }

  it('a hydrated page works: the FAQ, "Show more" and the format picker answer', async () => {
    const {doc} = await openPage({src: page(mlBook, 'book-page', '&script=1')});
    const bookPage = doc.querySelector<Widget>('book-page')!;
    await (doc.defaultView as Window & typeof globalThis).customElements.whenDefined('book-page');
    await settled(doc);
    const inPage = (tag: string) => bookPage.shadowRoot!.querySelector<Widget>(tag)!;
    // FAQ: opening a question announces it (a listener only hydration adds).
    const faq = inPage('book-faq');
    const toggled = new Promise<CustomEvent>((r) =>
      faq.addEventListener('book-faq-toggle', (e) => r(e as CustomEvent), {once: true}),
    );
    faq.shadowRoot!.querySelectorAll<HTMLElement>('summary')[1].click(); // The first starts open.
    expect((await toggled).detail).to.deep.equal({index: 1, open: true});
    // The table of contents: a summary's "Show more" opens it.
    const toc = inPage('book-toc');
    // (The frame is 1,000 px wide: the demo book's longer summaries do not fit on their line.)
    await waitUntil(() => toc.shadowRoot!.querySelector('button.toggle'), 'no "Show more" after hydration');
    const more = toc.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    more.click();
    await toc.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    // The buy box: picking the ebook changes the price shown.
    const buy = inPage('book-buy');
    const radios = [...buy.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.length).to.be.greaterThan(1);
    const details = () => buy.shadowRoot!.querySelector('[part=details]')!.textContent;
    const before = details();
    const chosen = radios.find((r) => !r.checked)!;
    chosen.click();
    await buy.updateComplete;
    // The chosen edition's details (its ISBN) follow: the element, not only the radio, answered.
    expect(details()).not.to.equal(before);
  });

  it('in German: the words are German before any script, and stay the same nodes after', async () => {
    // A whole page: its sections wait (deferred) while it waits for the German words, and must not
    // act on a shadow root they have not adopted yet (a table of contents measuring its rows).
    const {doc, win} = await openPage({src: page(mlBook, 'book-page', '&lang=de')}, 'width: 1280px; height: 800px');
    const bookPage = doc.querySelector<Widget>('book-page')!;
    expect(bookPage.getAttribute('lang')).to.equal('de');
    const before = words(deepText(bookPage));
    expect(before).to.contain('Inhalt');
    expect(before).to.contain('Häufige Fragen');
    const nodes = shadowNodes(bookPage);
    const said = consoleOf(win);
    await addScript(doc, 'book-page');
    await settled(doc);
    const after = new Set(shadowNodes(bookPage));
    expect(nodes.filter((node) => !after.has(node)).length, 'nodes replaced').to.equal(0);
    expect(words(deepText(bookPage))).to.equal(before);
    expect(said).to.deep.equal([]);
  });

  it('writes schema.org data once: the server’s is kept, not written again', async () => {
    const {doc} = await openPage({src: page(mlBook, 'book-card', '&attr=structured-data')});
    expect(doc.querySelectorAll('script[type="application/ld+json"]').length).to.equal(1);
    await addScript(doc, 'book-card');
    await settled(doc);
    await new Promise((r) => setTimeout(r, 300));
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts.length).to.equal(1);
    expect(JSON.parse(scripts[0].textContent!).name).to.equal('Designing Machine Learning Systems');
  });

  it('without JavaScript, a signup form posts to its service as a plain form', async () => {
    // A frame sandboxed without scripts: what a reader with JavaScript off gets.
    const key = uniqueKey();
    const action = `/fake/record/${key}/demo/data/production-ml-shelf.json`;
    const query = `&attr=provider=buttondown&attr=${encodeURIComponent(`action=${action}`)}&attr=tags=ml,books`;
    const frame = await sandboxed(page('none', 'newsletter-signup', query));
    const signup = frame.contentDocument!.querySelector('newsletter-signup')!;
    const form = signup.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('action')).to.equal(action);
    expect(getComputedStyle(signup.shadowRoot!.querySelector('.no-script')!).display).to.equal('none');
    signup.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = 'reader@example.com';
    const sent = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    form.requestSubmit();
    await sent;
    const [request] = await (await fetch(`/fake/recorded/${key}`)).json();
    expect(request.method).to.equal('POST');
    expect(new URLSearchParams(request.body).getAll('tag')).to.deep.equal(['ml', 'books']);
    expect(new URLSearchParams(request.body).get('email')).to.equal('reader@example.com');
    expect(new URLSearchParams(request.body).get('embed')).to.equal('1');
  });

  it('without JavaScript, a form to the site’s own JSON endpoint says it needs JavaScript, in the page’s language', async () => {
    const frame = await sandboxed(
      page('none', 'newsletter-signup', `&lang=fr&attr=${encodeURIComponent('action=/api/subscribe')}`),
    );
    const root = frame.contentDocument!.querySelector('newsletter-signup')!.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.fields')!).display).to.equal('none');
    const note = root.querySelector('.no-script')!;
    expect(getComputedStyle(note).display).to.equal('block');
    expect(note.textContent).to.equal('Activez JavaScript pour vous abonner.');
  });

  it('adopted as the server drew it, then drawn with the page’s own configuration: its affiliate IDs', async () => {
    const config = encodeURIComponent(JSON.stringify({affiliate: {amazon: 'site-20'}}));
    const {doc, win} = await openPage({src: page(mlBook, 'book-card', `&attr=disclosure&config=${config}`)});
    const card = doc.querySelector<Widget>('book-card')!;
    const amazon = () => card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href*="amazon."]')!;
    // The server knew no IDs: its links carry none, and it wrote no disclosure.
    expect(amazon().href).not.to.contain('tag=');
    const nodes = shadowNodes(card);
    const said = consoleOf(win);
    await addScript(doc, 'book-card');
    await settled(doc);
    await waitUntil(() => amazon().href.includes('tag=site-20'), 'the page’s Amazon ID', {timeout: 3000});
    expect(amazon().rel).to.contain('sponsored');
    expect(card.shadowRoot!.querySelector('[part=disclosure]'), 'the disclosure, now that links are sponsored').to.exist;
    // Adopted (the nodes kept), then changed where the page's configuration says.
    const after = new Set(shadowNodes(card));
    expect(nodes.filter((node) => node.isConnected && !after.has(node)).length).to.equal(0);
    expect(said).to.deep.equal([]);
  });

  it('the one-file bundle, which has no hydration, draws a pre-rendered element anew: not twice', async () => {
    const {doc, win} = await openPage({src: page(mlBook, 'book-faq')});
    const faq = doc.querySelector<Widget>('book-faq')!;
    const said = consoleOf(win);
    await addScript(doc, 'book-faq', '/dist/book-widgets.bundle.js');
    await settled(doc);
    expect(faq.shadowRoot!.querySelectorAll('[part=base]').length).to.equal(1);
    expect(faq.shadowRoot!.querySelectorAll('details').length).to.equal(6);
    expect(said).to.deep.equal([]);
  });

  it('a page with pre-rendered and plain elements: both work', async () => {
    const {doc} = await openPage({src: page(mlBook, 'book-faq', '&script=1')});
    const plain = doc.createElement('book-card') as Widget;
    plain.setAttribute('src', `/demo/data/${mlBook}.json`);
    plain.setAttribute('loading', 'eager');
    doc.body.append(plain);
    await waitUntil(() => plain.state === 'ready', 'the plain card', {timeout: 5000});
    await settled(doc);
    expect(doc.querySelector<Widget>('book-faq')!.state).to.equal('ready');
    expect(plain.shadowRoot!.textContent).to.contain('Designing Machine Learning Systems');
  });
});
