import type {BookErrorDetail} from '../../events/events.js';
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {demoBook, hits, nextEvent, uniqueKey, type TestBook} from '../../../test/test-book.js';
import '../../../test/test-book.js';
import {loadBook} from '../../loading/load-book.js';

const ready = (el: TestBook) => waitUntil(() => el.state !== 'loading', 'still loading', {timeout: 4000});
const title = (el: TestBook) => el.shadowRoot!.querySelector('[part=title]')?.textContent;

describe('BookElement (the base of every widget)', () => {
  it('loads its src, reflects the state and announces the book', async () => {
    const el = await fixture<TestBook>(html`<test-book loading="eager" src="/fake/delay/300${demoBook}"></test-book>`);
    const loaded = oneEvent(el, 'book-load');
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    const {detail} = await loaded;
    await el.updateComplete;
    expect(detail.book.title).to.equal('Designing Machine Learning Systems');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-busy')).to.equal('false');
    expect(title(el)).to.equal('Designing Machine Learning Systems');
    await expect(el).to.be.accessible();
  });

  it('shows an error the site owner can act on, the page’s fallback and a Retry that works', async () => {
    const key = uniqueKey();
    const failed = nextEvent<BookErrorDetail>('book-error');
    const el = await fixture<TestBook>(
      html`<test-book loading="eager" src="/fake/flaky/${key}${demoBook}">
        <a href="https://example.com/book">Designing Machine Learning Systems</a>
      </test-book>`,
    );
    const {detail} = await failed;
    await el.updateComplete;
    expect(detail.error).to.deep.equal({
      kind: 'http',
      status: 503,
      message: 'designing-machine-learning-systems.json answered 503 Service Unavailable: the server failed',
    });
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('answered 503');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Designing Machine Learning Systems');
    await expect(el).to.be.accessible();
    const retry = el.shadowRoot!.querySelector('button')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    retry.click();
    await oneEvent(el, 'book-load');
    await el.updateComplete;
    expect(title(el)).to.equal('Designing Machine Learning Systems');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('takes a .book object without any request or event, parsing it like a file', async () => {
    const el = await fixture<TestBook>(html`<test-book .book=${{title: 'Inline', authors: ['A']}}></test-book>`);
    let events = 0;
    el.addEventListener('book-load', () => events++);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(title(el)).to.equal('Inline');
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.equal(0);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('Inline'))).to.be.false;
  });

  it('shows an invalid .book object’s problems by path, without a Retry button', async () => {
    const el = await fixture<TestBook>(html`<test-book .book=${{title: 'T', toc: [{title: 1}]}}></test-book>`);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('toc[0].title: expected a string, got number');
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('says so when it has no book at all', async () => {
    const el = await fixture<TestBook>(html`<test-book></test-book>`);
    await ready(el);
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain(
      '<test-book> has no book to show: give it src="book.json" or isbn="…", or place it inside <book-data src="…">.',
    );
  });

  it('renders text from the data as text, never as HTML', async () => {
    (window as {pwned?: boolean}).pwned = false;
    const el = await fixture<TestBook>(html`<test-book .book=${{title: '<img src=x onerror="window.pwned=true">'}}></test-book>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(title(el)).to.equal('<img src=x onerror="window.pwned=true">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as {pwned?: boolean}).pwned).to.be.false;
  });

  it('makes one request for 20 elements on one src', async () => {
    const key = uniqueKey();
    const src = `/fake/count/${key}/delay/50${demoBook}`;
    const box = await fixture(
      html`<div>${Array.from({length: 20}, () => html`<test-book loading="eager" src=${src}></test-book>`)}</div>`,
    );
    const elements = [...box.querySelectorAll('test-book')];
    await Promise.all(elements.map(ready));
    expect(elements.every((el) => title(el) === 'Designing Machine Learning Systems')).to.be.true;
    expect(await hits(key)).to.equal(1);
  });

  it('draws a book already loaded at once, with no skeleton first', async () => {
    const src = `${demoBook}?loaded-${uniqueKey()}`;
    await loadBook(src);
    const card = document.createElement('test-book') as TestBook;
    const states: (string | null)[] = [];
    new MutationObserver(() => states.push(card.getAttribute('state'))).observe(card, {attributes: true});
    card.setAttribute('loading', 'eager');
    card.setAttribute('src', src);
    (await fixture(html`<div></div>`)).append(card);
    await waitUntil(() => card.state === 'ready');
    expect(states.filter((state) => state === 'loading')).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('.skeleton')).to.equal(null);
  });

  it('never lets a slow old answer overwrite a newer src', async () => {
    const key = uniqueKey();
    const el = await fixture<TestBook>(
      html`<test-book loading="eager" src="/fake/count/${key}/delay/400${demoBook}"></test-book>`,
    );
    await waitUntil(async () => (await hits(key)) === 1);
    el.src = `/fake/body/${uniqueKey()}.json?body=${encodeURIComponent('{"title": "Newer"}')}`;
    await ready(el);
    expect(title(el)).to.equal('Newer');
    await new Promise((r) => setTimeout(r, 500));
    expect(title(el)).to.equal('Newer');
  });

  it('waits until it comes near the viewport before loading (loading="lazy", the default)', async () => {
    const key = uniqueKey();
    const box = await fixture(
      html`<div>
        <div style="height: 3000px"></div>
        <test-book src="/fake/count/${key}${demoBook}"></test-book>
      </div>`,
    );
    const el = box.querySelector('test-book')!;
    await new Promise((r) => setTimeout(r, 300));
    expect(await hits(key)).to.equal(0);
    expect(el.state).to.equal('loading');
    el.scrollIntoView();
    await ready(el);
    expect(el.state).to.equal('ready');
    expect(await hits(key)).to.equal(1);
  });
});
