/**
 * A page whose Object.prototype is polluted (by its own code or a library on it) must not inject
 * anything into a widget: no title linking to a phishing page, no Buy link, cover or tagline. Every
 * field name the elements read is polluted, and books come every way they can: a `.book` object
 * without a toc, a file, inline related books, a list file, an enriched file and an ISBN look-up.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/all.js';
import {inheritedObjects, phishing, polluted, withPollution} from './pollution.js';
import {uniqueKey, widgetTags} from './test-book.js';

type Widget = HTMLElement & {state: string; updateComplete: Promise<unknown>};
const widgets = widgetTags();

/** Every element under `root`, inside shadow roots too. */
const deepElements = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);

/** What a reader could see or follow: text and attribute values, in every shadow root under `el`. */
const shown = (el: Element) =>
  [el, ...deepElements(el)].flatMap((node) => [
    ...(node.shadowRoot ? [node.shadowRoot.textContent ?? ''] : []),
    node.textContent ?? '',
    ...[...node.attributes].map((a) => `${a.name}=${a.value}`),
  ]);

// <book-recommendations src> reads a list file; every other widget a book file.
const srcFor = (tag: string, book: object) => file(tag === 'book-recommendations' ? {books: [book]} : book);
const file = (body: object) => `/fake/book.json?body=${encodeURIComponent(JSON.stringify(body))}&${uniqueKey()}`;

/** Waits until the widget and every card inside it has settled (ready or error). */
async function settled(el: Widget) {
  const all = () =>
    [el, ...deepElements(el)].filter((n): n is Widget => 'state' in n && n.localName.startsWith('book-')) as Widget[];
  await waitUntil(() => all().every((w) => w.state !== 'loading'), `${el.localName} still loading`, {timeout: 5000});
  await Promise.all(all().map((w) => w.updateComplete));
}

function expectClean(el: Widget, label: string) {
  const leaks = shown(el).filter((s) => s.includes(polluted) || s.includes(phishing));
  expect(leaks, label).to.deep.equal([]);
}

describe('a polluted Object.prototype', () => {
  beforeEach(() => {
    (window as {BookWidgets?: object}).BookWidgets = {sources: {openlibrary: '/sources/openlibrary'}};
  });
  afterEach(() => delete (window as {BookWidgets?: object}).BookWidgets);

  for (const tag of widgets) {
    it(`never reaches <${tag}>: a .book without a toc, and a file`, async () => {
      await withPollution(async () => {
        for (const [how, el] of [
          [
            '.book',
            await fixture<Widget>(
              staticHtml`<${unsafeStatic(tag)} loading="eager" .book=${{title: 'Plain', related: [{title: 'Inline'}]}}></${unsafeStatic(tag)}>`,
            ),
          ],
          [
            'src',
            await fixture<Widget>(
              staticHtml`<${unsafeStatic(tag)} loading="eager" src=${srcFor(tag, {title: 'Plain', related: [{title: 'Inline'}]})}></${unsafeStatic(tag)}>`,
            ),
          ],
        ] as const) {
          await settled(el);
          expect(el.state, `${tag} ${how}`).to.equal('ready');
          expectClean(el, `${tag} ${how}`);
        }
      });
    });
  }

  it('never reaches the books of a list file, an enriched file or an ISBN look-up', async () => {
    await withPollution(async () => {
      const list = await fixture<Widget>(
        html`<book-recommendations loading="eager" src=${file({books: [{title: 'Listed'}]})}></book-recommendations>`,
      );
      const enriched = await fixture<Widget>(
        html`<book-card loading="eager" src=${file({title: 'Mine', isbn13: '9781098107963', enrich: true})}></book-card>`,
      );
      const byIsbn = await fixture<Widget>(html`<book-card loading="eager" isbn="9780306406157"></book-card>`);
      for (const el of [list, enriched, byIsbn]) {
        await settled(el);
        expect(el.state).to.equal('ready');
        expectClean(el, el.outerHTML);
      }
    });
  });

  it('is never inherited by the book a book-load event hands over', async () => {
    const books: unknown[] = [];
    const box = await fixture(
      html`<div @book-load=${(e: CustomEvent) => books.push(e.detail.book)}>
        <book-card loading="eager" src=${file({title: 'File'})}></book-card>
        <book-card
          loading="eager"
          src=${file({title: 'Enriched', isbn13: '9781098107963', enrich: true, toc: [{title: 'C'}]})}
        ></book-card>
        <book-card loading="eager" isbn="9781098107963"></book-card>
        <book-recommendations loading="eager" src=${file({books: [{title: 'Listed'}]})}></book-recommendations>
      </div>`,
    );
    await waitUntil(() => books.length >= 4);
    for (const el of box.querySelectorAll<Widget>('*')) await settled(el);
    for (const book of books) expect(inheritedObjects(book), JSON.stringify(book)).to.deep.equal([]);
  });
});
