/**
 * A book written in the page, as a child `<script type="application/json">`: shown with no request
 * (by every widget and `<book-data>`, and not fetched by the script tag's loader either), a broken one
 * shown as an error that says where and what, and relative URLs resolved against `base-url`.
 */
import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/all.js';
import {demoBook, hits, openPage, uniqueKey, widgetTags} from './test-book.js';

type Widget = HTMLElement & {state: string; updateComplete: Promise<unknown>};

const book = {
  title: 'Written in the page',
  authors: ['Ann Inline'],
  cover: {src: 'covers/inline.svg'},
  faq: [{question: 'Inline?', answer: 'Yes.'}],
  toc: [{title: 'Only chapter'}],
  highlights: ['A topic'],
  praise: [{quote: 'Fine.', by: 'A critic'}],
  related: [{title: 'Another book'}],
};
const inline = (json: string) => `<script type="application/json">${json}</script>`;

describe('a book written in the page', () => {
  it('every widget and <book-data> show it with no request, even with a src beside it', async () => {
    const key = uniqueKey();
    const tags = widgetTags();
    const box = await fixture<HTMLElement>(
      `<div>${tags
        .map((tag) => `<${tag} loading="eager" src="/fake/count/${key}${demoBook}">${inline(JSON.stringify(book))}</${tag}>`)
        .join('')}
        <book-data loading="eager" src="/fake/count/${key}${demoBook}">${inline(JSON.stringify(book))}<book-card></book-card></book-data>
      </div>`,
    );
    const widgets = [...box.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('book-'));
    await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'not all ready', {timeout: 5000});
    const card = box.querySelector('book-data > book-card')!;
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Written in the page');
    expect(box.querySelector('book-faq')!.shadowRoot!.textContent).to.contain('Inline?');
    await new Promise((r) => setTimeout(r, 300));
    expect(await hits(key), 'no request for the src').to.equal(0);
  });

  it('a broken one is an error that says where it is and what is wrong, with the page’s fallback', async () => {
    const el = await fixture<Widget>(
      `<book-card loading="eager">${inline('{"title": "Half')}<a href="/fallback">Fallback link</a></book-card>`,
    );
    await waitUntil(() => el.state === 'error', 'no error');
    const message = el.shadowRoot!.querySelector('[part=error]')!.textContent!;
    expect(message).to.contain('The book in the <script type="application/json"> inside <book-card> is not valid JSON');
    const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.localName)).to.include('a');
    // Valid JSON that is no book: the usual message of the format.
    const wrong = await fixture<Widget>(`<book-card loading="eager">${inline('{"subtitle": "no title"}')}</book-card>`);
    await waitUntil(() => wrong.state === 'error', 'no error');
    expect(wrong.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('title');
  });

  it('resolves relative URLs against base-url, else against the page', async () => {
    const withCover = {...book, cover: {src: 'covers/designing-machine-learning-systems.svg'}};
    const cover = (el: Element) => el.shadowRoot!.querySelector('img')!.getAttribute('src')!;
    const based = await fixture<Widget>(
      `<book-card loading="eager" base-url="/demo/data/">${inline(JSON.stringify(withCover))}</book-card>`,
    );
    await waitUntil(() => based.state === 'ready');
    expect(cover(based)).to.equal(new URL('/demo/data/covers/designing-machine-learning-systems.svg', location.href).href);
    // Without base-url: the page's address (as the event tells: that file does not exist there).
    const plain = document.createElement('book-card') as Widget;
    plain.setAttribute('loading', 'eager');
    plain.innerHTML = inline(JSON.stringify(withCover));
    const loaded = oneEvent(plain, 'book-load');
    (await fixture('<div></div>')).append(plain);
    const {detail} = await loaded;
    expect(detail.book.cover.src).to.equal(new URL('covers/designing-machine-learning-systems.svg', document.baseURI).href);
    // And for a book given as `.book`.
    const property = document.createElement('book-card') as Widget & {book: object};
    property.setAttribute('base-url', '/demo/data/');
    property.book = withCover;
    (await fixture('<div></div>')).append(property);
    await waitUntil(() => property.state === 'ready');
    expect(cover(property)).to.equal(new URL('/demo/data/covers/designing-machine-learning-systems.svg', location.href).href);
  });

  it('the script tag’s loader does not fetch the src of an element whose book is in the page', async () => {
    const key = uniqueKey();
    const {doc} = await openPage({
      srcdoc:
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>` +
        `<script type="module" src="/dist/book-widgets.js"></script></head><body>` +
        `<book-card loading="eager" src="/fake/count/${key}${demoBook}">${inline(JSON.stringify(book))}</book-card></body></html>`,
    });
    const card = doc.querySelector<Widget>('book-card')!;
    await waitUntil(() => card.state === 'ready', 'card not ready', {timeout: 5000});
    expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Written in the page');
    expect(await hits(key)).to.equal(0);
  });
});
