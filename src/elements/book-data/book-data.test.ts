import type {BookErrorDetail} from '../../events/events.js';
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {LitElement} from 'lit';
import {demoBook, hits, nextEvent, uniqueKey, type TestBook} from '../../../test/test-book.js';
import '../../../test/test-book.js';
import {define} from '../../define.js';
import {BookData} from './book-data.js';
import './define.js';

const title = (el: Element) => el.shadowRoot!.querySelector('[part=title]')?.textContent;
const allReady = (els: TestBook[]) => waitUntil(() => els.every((el) => el.state !== 'loading'), 'still loading');

/** An element of the page's own that puts its children in a shadow root. */
class HostCard extends LitElement {
  override render() {
    return html`<section><test-book id="in-shadow"></test-book></section>`;
  }
}
customElements.define('host-card', HostCard);

describe('<book-data>', () => {
  it('loads once and provides the book to widgets at any depth, also inside other shadow roots', async () => {
    const key = uniqueKey();
    const data = await fixture<BookData>(
      html`<book-data src="/fake/count/${key}/delay/50${demoBook}">
        <test-book></test-book>
        <div>
          <div><div>${Array.from({length: 18}, () => html`<test-book></test-book>`)}</div></div>
        </div>
        <host-card></host-card>
      </book-data>`,
    );
    const widgets = [
      ...data.querySelectorAll('test-book'),
      data.querySelector('host-card')!.shadowRoot!.querySelector('test-book')!,
    ];
    expect(widgets).to.have.length(20);
    await allReady(widgets);
    expect(widgets.map(title)).to.deep.equal(Array(20).fill('Designing Machine Learning Systems'));
    expect(data.state).to.equal('ready');
    expect(await hits(key)).to.equal(1);
  });

  it('is display: contents and announces its own load', async () => {
    const data = await fixture<BookData>(html`<book-data src="/fake/delay/100${demoBook}"><test-book></test-book></book-data>`);
    expect(getComputedStyle(data).display).to.equal('contents');
    const {detail} = await oneEvent(data, 'book-load');
    expect(detail.book.toc).to.have.length(10);
  });

  it('passes a new book down when its src changes, and a slow old answer loses', async () => {
    const data = await fixture<BookData>(
      html`<book-data src="/fake/delay/400/demo/data/reliable-machine-learning.json">
        <test-book></test-book>
      </book-data>`,
    );
    const widget = data.querySelector('test-book')!;
    await new Promise((r) => setTimeout(r, 50));
    data.src = demoBook;
    await waitUntil(() => title(widget) === 'Designing Machine Learning Systems');
    await new Promise((r) => setTimeout(r, 500));
    expect(title(widget)).to.equal('Designing Machine Learning Systems');
  });

  it('passes its error down; a widget’s Retry loads the provider again', async () => {
    const key = uniqueKey();
    const failed = nextEvent<BookErrorDetail>('book-error');
    const data = await fixture<BookData>(
      html`<book-data src="/fake/flaky/${key}${demoBook}"><test-book></test-book></book-data>`,
    );
    const widget = data.querySelector('test-book')!;
    const {detail} = await failed;
    expect(detail.error.status).to.equal(503);
    await widget.updateComplete;
    expect(data.state).to.equal('error');
    expect(widget.state).to.equal('error');
    widget.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => widget.state === 'ready', 'retry did not load');
    expect(title(widget)).to.equal('Designing Machine Learning Systems');
  });

  it('an inner <book-data> without a source is an error for its widgets, not a skeleton forever', async () => {
    const outer = await fixture<BookData>(
      html`<book-data src=${demoBook}>
        <test-book id="outer-widget"></test-book>
        <book-data id="inner"><test-book id="inner-widget"></test-book></book-data>
      </book-data>`,
    );
    const inner = outer.querySelector<BookData>('#inner')!;
    const widget = outer.querySelector<TestBook>('#inner-widget')!;
    await waitUntil(() => widget.state !== 'loading', 'the inner widget kept loading', {timeout: 3000});
    expect(inner.state).to.equal('error');
    expect(widget.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('<book-data> has no book to show');
    await waitUntil(() => outer.querySelector<TestBook>('#outer-widget')!.state === 'ready');
  });

  it('lets a widget’s own src win over the provided book', async () => {
    const data = await fixture<BookData>(
      html`<book-data src=${demoBook}>
        <test-book loading="eager" src="/demo/data/reliable-machine-learning.json"></test-book>
      </book-data>`,
    );
    const widget = data.querySelector('test-book')!;
    await waitUntil(() => widget.state === 'ready' && data.state === 'ready');
    expect(title(widget)).to.equal('Reliable Machine Learning');
  });

  it('reaches a widget moved in after the book loaded', async () => {
    const data = await fixture<BookData>(html`<book-data src=${demoBook}></book-data>`);
    await waitUntil(() => data.state === 'ready');
    const widget = document.createElement('test-book');
    data.append(widget);
    await waitUntil(() => widget.state === 'ready');
    expect(title(widget)).to.equal('Designing Machine Learning Systems');
  });

  it('with loading="lazy" waits until its content comes near the viewport', async () => {
    const key = uniqueKey();
    const box = await fixture(
      html`<div>
        <div style="height: 3000px"></div>
        <book-data src="/fake/count/${key}${demoBook}"><test-book></test-book></book-data>
      </div>`,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await hits(key)).to.equal(0);
    box.querySelector('test-book')!.scrollIntoView();
    await waitUntil(() => box.querySelector('test-book')!.state === 'ready');
    expect(await hits(key)).to.equal(1);
  });
});

describe('define()', () => {
  it('is quiet when the same class is registered again', () => {
    expect(() => define('book-data', BookData)).not.to.throw();
  });

  it('warns, and does not throw, when another copy holds the tag', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => define('book-data', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      'book-widgets: <book-data> is already defined by another copy of the library; keeping the first one.',
    ]);
    expect(customElements.get('book-data')).to.equal(BookData);
  });
});
