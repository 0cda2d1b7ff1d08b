import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook, hits, uniqueKey} from '../../../test/test-book.js';
import type {BookRecommendations} from './book-recommendations.js';
import type {BookCard} from '../book-card/book-card.js';
import './define.js';
import '../book-data/define.js';

const cards = (el: BookRecommendations) => [...el.shadowRoot!.querySelectorAll<BookCard>('book-card')];
const allSettled = (el: BookRecommendations) =>
  waitUntil(() => el.state === 'ready' && cards(el).every((c) => c.state !== 'loading'), 'cards still loading', {timeout: 4000});
const titles = (el: BookRecommendations) => cards(el).map((c) => c.shadowRoot!.querySelector('[part=title]')?.textContent);

describe('<book-recommendations>', () => {
  it('shows a card for each related book, under "You might also like"', async () => {
    const rec = await fixture<BookRecommendations>(
      html`<book-data src=${demoBook}><book-recommendations loading="eager"></book-recommendations></book-data>`,
    );
    const recs = rec.querySelector('book-recommendations')!;
    await allSettled(recs);
    expect(recs.shadowRoot!.querySelector('h2')!.textContent).to.equal('You might also like');
    expect(titles(recs)).to.deep.equal([
      'Designing Data-Intensive Applications',
      'Machine Learning Design Patterns',
      'Reliable Machine Learning',
    ]);
    expect(cards(recs)[0].shadowRoot!.querySelector('[part=title]')!.localName).to.equal('h3');
    expect(recs.shadowRoot!.querySelectorAll('ul[part=list] > li')).to.have.length(3);
    await expect(recs).to.be.accessible();
  });

  it('loads a list file from src, heading it with the list’s title, and honours limit', async () => {
    const el = await fixture<BookRecommendations>(
      html`<book-recommendations limit="4" loading="eager" src="/demo/data/production-ml-shelf.json"></book-recommendations>`,
    );
    await allSettled(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('A shelf for production machine learning');
    expect(titles(el)).to.deep.equal([
      'Designing Machine Learning Systems',
      'Designing Data-Intensive Applications',
      'Machine Learning Design Patterns',
      'Reliable Machine Learning',
    ]);
  });

  it('loads each book file, and shows a failure in its own card only', async () => {
    const key = uniqueKey();
    const book = {
      title: 'T',
      related: [
        `/fake/count/${key}/delay/200/demo/data/reliable-machine-learning.json`,
        `/fake/count/${key}x/delay/200/status/404/gone.json`,
        {title: 'Inline book', authors: ['Someone']},
      ],
    };
    const el = await fixture<BookRecommendations>(
      html`<book-recommendations loading="eager" .book=${book}></book-recommendations>`,
    );
    await allSettled(el);
    const [ok, broken, inline] = cards(el);
    expect(ok.state).to.equal('ready');
    expect(broken.state).to.equal('error');
    expect(broken.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('gone.json answered 404');
    expect(inline.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Inline book');
    expect(el.state).to.equal('ready');
    expect(await hits(key, 'reliable-machine-learning.json')).to.equal(1);
    expect(await hits(`${key}x`)).to.equal(1);
  });

  it('scrolls sideways when narrow and is a grid when wide', async () => {
    const el = await fixture<BookRecommendations>(
      html`<book-recommendations
        style="width: 360px"
        loading="eager"
        src="/demo/data/production-ml-shelf.json"
      ></book-recommendations>`,
    );
    await allSettled(el);
    const list = el.shadowRoot!.querySelector('ul')!;
    expect(list.scrollWidth).to.be.above(list.clientWidth);
    expect(getComputedStyle(list).overflowX).to.equal('auto');
    el.style.width = '1000px';
    await new Promise((r) => requestAnimationFrame(r));
    const tops = cards(el)
      .slice(0, 3)
      .map((c) => Math.round(c.getBoundingClientRect().top));
    expect(new Set(tops).size, 'first three side by side').to.equal(1);
    expect(list.scrollWidth).to.equal(list.clientWidth);
  });

  it('a list of 100 book URLs loads 12 by default, at most 4 at a time, and none before it comes near', async function () {
    this.timeout(15_000);
    const key = uniqueKey();
    // Every URL a different file (as a hostile list would), each answered after 100 ms.
    const related = Array.from(
      {length: 100},
      (_, i) => `/fake/inflight/${key}/delay/100/count/${key}/b.json?body={"title":"Book ${i}"}`,
    );
    const box = await fixture<HTMLElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <book-recommendations .book=${{title: 'T', related}}></book-recommendations>
      </div>`,
    );
    const el = box.querySelector<BookRecommendations>('book-recommendations')!;
    await el.updateComplete;
    expect(cards(el)).to.have.length(12);
    await new Promise((r) => setTimeout(r, 300));
    expect(await hits(key), 'nothing loads while the list is far from the viewport').to.equal(0);
    el.scrollIntoView();
    await waitUntil(() => cards(el).every((c) => c.state === 'ready'), 'cards still loading', {timeout: 8000});
    const {most, total} = await (await fetch(`/fake/most/${key}`)).json();
    expect(total).to.equal(12);
    expect(most).to.be.within(2, 4);
    // `limit` raises it, up to the format's cap of 100 related books.
    el.limit = 30;
    await el.updateComplete;
    expect(cards(el)).to.have.length(30);
  });

  it('renders nothing when there are no related books', async () => {
    const el = await fixture<BookRecommendations>(html`<book-recommendations .book=${{title: 'T'}}></book-recommendations>`);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('reserves about the height of three cards while its list loads, in a narrow and a wide column', async () => {
    const related = [
      'designing-data-intensive-applications',
      'machine-learning-design-patterns',
      'reliable-machine-learning',
    ].map((name) => `/demo/data/${name}.json`);
    for (const width of [343, 1000]) {
      const box = await fixture<HTMLElement>(
        html`<div style="font: 16px system-ui, sans-serif; width: ${width}px">
          <book-recommendations loading="eager" src="/fake/hang/list.json"></book-recommendations>
          <book-recommendations loading="eager" .book=${{title: 'T', related}}></book-recommendations>
        </div>`,
      );
      const [loading, ready] = [...box.querySelectorAll('book-recommendations')];
      await waitUntil(() => cards(ready).length === 3 && cards(ready).every((card) => card.state === 'ready'));
      // Its first render waits up to a frame for a book on its way (not this one's, which never comes).
      await (loading as BookRecommendations).updateComplete;
      const [skeleton, list] = [loading, ready].map((el) => el.getBoundingClientRect().height);
      expect(Math.abs(skeleton - list) / list, `at ${width}px: skeleton ${skeleton}, list ${list}`).to.be.below(0.15);
    }
  });
});
