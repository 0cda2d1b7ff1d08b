import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {demoBook, loadingAndReadyHeights} from '../../../test/test-book.js';
import type {BookCard} from './book-card.js';
import './define.js';

const ready = (el: BookCard) => waitUntil(() => el.state === 'ready', 'never ready', {timeout: 4000});
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('<book-card>', () => {
  it('shows every field of the demo book', async () => {
    const el = await fixture<BookCard>(html`<book-card loading="eager" src=${demoBook}></book-card>`);
    await ready(el);
    expect(text(part(el, 'title'))).to.equal('Designing Machine Learning Systems');
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(text(part(el, 'subtitle'))).to.equal('An Iterative Process for Production-Ready Machine Learning Applications');
    expect(text(part(el, 'authors'))).to.equal('by Chip Huyen');
    expect(text(part(el, 'meta'))).to.equal('386 pages2022');
    expect(parts(el, 'badge').map(text)).to.deep.equal(['New']);
    expect(parts(el, 'category').map(text)).to.deep.equal(['AI Learning']);
    expect(text(part(el, 'tagline'))).to.contain('Models are the easy part');
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.alt).to.contain('Cover of Designing Machine Learning Systems');
    expect(img.getAttribute('width')).to.equal('600');
    expect(img.getAttribute('height')).to.equal('900');
    expect(img.loading).to.equal('eager');
    expect(parts(el, 'link').map(text)).to.deep.equal(['Buy on Amazon', 'Buy on Bookshop.org', "Read on O'Reilly"]);
    await expect(el).to.be.accessible();
  });

  it('leaves out what the book does not have', async () => {
    const el = await fixture<BookCard>(html`<book-card .book=${{title: 'Only a title'}}></book-card>`);
    for (const name of ['subtitle', 'authors', 'meta', 'badge', 'category', 'tagline', 'link']) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(el.shadowRoot!.querySelector('.placeholder')!.textContent).to.contain('Only a title');
    await expect(el).to.be.accessible();
  });

  it('reserves the cover’s box while loading, and shows a placeholder when the cover fails', async () => {
    const el = await fixture<BookCard>(
      html`<book-card
        style="width: 300px"
        .book=${{title: 'Broken', authors: ['Ann'], cover: '/fake/status/404/cover.png'}}
      ></book-card>`,
    );
    const before = part(el, 'cover')!.getBoundingClientRect();
    expect(Math.round(before.height)).to.equal(Math.round((before.width * 3) / 2));
    await waitUntil(() => el.shadowRoot!.querySelector('.placeholder'), 'no placeholder after the cover failed');
    const after = part(el, 'cover')!.getBoundingClientRect();
    expect(after.height).to.equal(before.height);
    expect(text(el.shadowRoot!.querySelector('.placeholder'))).to.equal('Broken Ann');
  });

  it('has three layouts, compact keeping only the essentials', async () => {
    const el = await fixture<BookCard>(
      html`<book-card layout="compact" style="width: 320px" loading="eager" src=${demoBook}></book-card>`,
    );
    await ready(el);
    const cover = part(el, 'cover')!.getBoundingClientRect();
    expect(cover.width).to.equal(64);
    expect(part(el, 'subtitle')).to.equal(null);
    expect(parts(el, 'link')).to.have.length(1);
    el.layout = 'horizontal';
    el.style.width = '900px';
    await el.updateComplete;
    const body = el.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    expect(body.left, 'text beside the cover').to.be.greaterThan(part(el, 'cover')!.getBoundingClientRect().right);
    el.style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.querySelector('.body')!.getBoundingClientRect().top, 'stacked when narrow').to.be.greaterThan(
      part(el, 'cover')!.getBoundingClientRect().bottom,
    );
  });

  it('fires book-link-click with the link before the browser follows it, and can be cancelled', async () => {
    const el = await fixture<BookCard>(html`<book-card loading="eager" src=${demoBook}></book-card>`);
    await ready(el);
    el.addEventListener('book-link-click', (e) => e.preventDefault());
    const link = part(el, 'link') as HTMLAnchorElement;
    setTimeout(() => link.click());
    const {detail} = await oneEvent(el, 'book-link-click');
    expect(detail.book.title).to.equal('Designing Machine Learning Systems');
    expect(detail.link).to.deep.equal({
      href: 'https://www.amazon.com/dp/1098107969',
      label: 'Buy on Amazon',
      retailer: 'amazon',
      kind: 'buy',
    });
    expect(link.rel).to.equal('noopener');
    expect(location.href).not.to.contain('amazon');
  });

  it('takes theming from custom properties and parts', async () => {
    const box = await fixture(
      html`<div>
        <style>
          .themed {
            --book-color-accent: rgb(200, 0, 100);
          }
          .themed::part(title) {
            color: rgb(0, 128, 0);
          }
        </style>
        <book-card class="themed" .book=${{title: 'T', links: [{href: 'https://x.example'}]}}></book-card>
      </div>`,
    );
    const el = box.querySelector('book-card')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'link')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(0, 128, 0)');
  });

  it('keeps the page’s global styles out', async () => {
    const box = await fixture(
      html`<div>
        <style>
          .hostile h2,
          .hostile a,
          .hostile img,
          .hostile p {
            all: unset;
            display: inline;
            color: red;
            font-size: 40px;
          }
        </style>
        <div class="hostile"><book-card loading="eager" src=${demoBook} style="width: 400px"></book-card></div>
      </div>`,
    );
    const el = box.querySelector('book-card')!;
    await ready(el);
    const title = part(el, 'title')!;
    expect(getComputedStyle(title).display).to.equal('block');
    expect(getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('writes numbers and words in the element’s language', async () => {
    const el = await fixture<BookCard>(
      html`<book-card lang="de" .book=${{title: 'T', pages: 1200, published: '2022-05-17'}}></book-card>`,
    );
    // The skeleton until the German words are here.
    await waitUntil(() => el.state === 'ready', 'German not here', {timeout: 5000});
    expect(text(part(el, 'meta'))).to.equal('1.200 Seiten2022');
  });

  it('reserves the demo book’s height while loading, in a narrow, a medium and a wide column', async () => {
    for (const layout of ['vertical', 'horizontal']) {
      for (const width of [343, 640, 1000]) {
        const {loading, ready} = await loadingAndReadyHeights('book-card', width, {layout});
        expect(Math.abs(loading - ready), `${layout} at ${width}px: skeleton ${loading}, card ${ready}`).to.be.below(8);
      }
    }
  });

  it('draws a compact card’s skeleton on its base, the card’s height, mirrored right to left', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="font: 16px system-ui, sans-serif">
        <book-card layout="compact" loading="eager" style="width: 320px" src="/fake/hang/compact.json"></book-card>
        <book-card dir="rtl" layout="compact" loading="eager" style="width: 320px" src="/fake/hang/compact.json"></book-card>
        <book-card layout="compact" loading="eager" style="width: 320px" src=${demoBook}></book-card>
      </div>`,
    );
    const [ltr, rtl, ready] = [...box.querySelectorAll('book-card')];
    await ltr.updateComplete;
    await rtl.updateComplete;
    const base = part(ltr, 'base')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.children.length).to.equal(0);
    expect(base.getBoundingClientRect().height).to.be.closeTo(137.6, 0.5);
    // The demo book's compact card is exactly as tall: nothing under it moves when it arrives.
    await waitUntil(() => ready.state === 'ready');
    expect(ready.getBoundingClientRect().height).to.be.closeTo(137.6, 0.5);
    expect(getComputedStyle(base).backgroundImage).to.contain('linear-gradient');
    expect(getComputedStyle(base).transform).to.equal('none');
    expect(getComputedStyle(part(rtl, 'base')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('shows the skeleton with the cover’s size while loading, then the error with Retry', async () => {
    const el = await fixture<BookCard>(
      html`<book-card loading="eager" style="width: 300px" src="/fake/delay/300/status/500/x.json"></book-card>`,
    );
    // The skeleton is one element; its ::before is the cover's box.
    const cover = getComputedStyle(el.shadowRoot!.querySelector('.skeleton')!, '::before');
    expect(cover.width).to.equal('200px');
    expect(cover.height).to.equal('300px');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.state === 'error');
    expect(text(part(el, 'error'))).to.contain('x.json answered 500');
    await expect(el).to.be.accessible();
  });
});

describe('<book-card>, format 2', () => {
  const future = `${new Date().getUTCFullYear() + 1}-03-12`;
  const line = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part=${part}]`)?.textContent?.trim();

  it('says "Pre-order · releases …" for a first edition still to come, in the reader’s language', async () => {
    const book = {title: 'T', editions: [{format: 'hardcover', published: future}], series: {name: 'The Cycle', position: 2}};
    const el = await fixture(html`<book-card lang="en-GB" .book=${book}></book-card>`);
    expect(line(el, 'preorder')).to.equal(`Pre-order · releases 12 March ${future.slice(0, 4)}`);
    expect(line(el, 'series')).to.equal('Book 2 of The Cycle');
    const us = await fixture(html`<book-card lang="en-US" .book=${book}></book-card>`);
    expect(line(us, 'preorder')).to.equal(`Pre-order · releases March 12, ${future.slice(0, 4)}`);
    const marked = await fixture(
      html`<book-card .book=${{title: 'T', editions: [{format: 'ebook', status: 'preorder'}]}}></book-card>`,
    );
    expect(line(marked, 'preorder')).to.equal('Pre-order');
    const out = await fixture(html`<book-card .book=${{title: 'T', published: '2022', series: {name: 'S'}}}></book-card>`);
    expect(line(out, 'preorder')).to.equal(undefined);
    expect(line(out, 'series')).to.equal('Part of S');
  });

  it('in a compact card, puts the pre-order line where pages and year go, and keeps its height', async () => {
    const book = {
      title: 'T',
      pages: 300,
      editions: [{format: 'hardcover', published: future}],
      links: [{href: 'https://x.example'}],
    };
    const el = await fixture<HTMLElement>(
      html`<book-card layout="compact" style="width: 320px; font: 16px system-ui" .book=${book}></book-card>`,
    );
    expect(line(el, 'meta')).to.equal(undefined);
    expect(line(el, 'preorder')).to.contain('Pre-order');
    expect(line(el, 'series')).to.equal(undefined);
    expect(el.getBoundingClientRect().height).to.be.closeTo(137.6, 0.5);
  });
});
