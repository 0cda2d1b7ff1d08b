import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook, loadingAndReadyHeights} from '../../../test/test-book.js';
import type {BookAbout} from './book-about.js';
import './define.js';

const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part=heading]')].map((h) => `${h.localName} ${h.textContent}`);

describe('<book-about>', () => {
  it('shows the description, about paragraphs and the three lists of the demo book', async () => {
    const el = await fixture<BookAbout>(html`<book-about loading="eager" src=${demoBook}></book-about>`);
    await waitUntil(() => el.state === 'ready');
    expect(el.shadowRoot!.querySelector('[part=description]')!.textContent).to.contain('A practical field guide');
    expect(headings(el)).to.deep.equal([
      'h2 About this book',
      'h2 Key topics',
      'h2 What you’ll learn',
      'h2 Who is this book for?',
    ]);
    expect(el.shadowRoot!.querySelectorAll('.prose p')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('ul > li[part=topic]')).to.have.length(8);
    expect(el.shadowRoot!.querySelectorAll('.outcomes li[part=item]')).to.have.length(7);
    expect([...el.shadowRoot!.querySelectorAll('.audience li')].map((li) => li.textContent)).to.include(
      'Software engineers moving into machine learning',
    );
    await expect(el).to.be.accessible();
  });

  it('shows the chosen sections in the chosen order, with the heading and level given', async () => {
    const el = await fixture<BookAbout>(
      html`<book-about
        sections="audience about nonsense"
        heading="Why this book"
        heading-level="3"
        loading="eager"
        src=${demoBook}
      ></book-about>`,
    );
    await waitUntil(() => el.state === 'ready');
    expect(headings(el)).to.deep.equal(['h3 Who is this book for?', 'h3 Why this book']);
    expect(el.shadowRoot!.querySelector('[part=description]')).to.equal(null);
  });

  it('leaves out sections without data', async () => {
    const el = await fixture<BookAbout>(html`<book-about .book=${{title: 'T', outcomes: ['One thing']}}></book-about>`);
    expect(headings(el)).to.deep.equal(['h2 What you’ll learn']);
    await expect(el).to.be.accessible();
  });

  it('reserves the demo book’s height while loading, within 5 %, in a narrow and a wide column', async () => {
    for (const font of [undefined, '18px "Liberation Serif", "DejaVu Serif", serif']) {
      for (const width of [343, 1000]) {
        const {loading, ready} = await loadingAndReadyHeights('book-about', width, {}, font);
        expect(
          Math.abs(loading - ready) / ready,
          `${font ?? 'system font'} at ${width}px: skeleton ${loading}, ready ${ready}`,
        ).to.be.below(0.05);
      }
    }
  });

  it('draws the skeleton as bars: no readable text, hidden from assistive technology', async () => {
    const el = await fixture<BookAbout>(html`<book-about loading="eager" src="/fake/hang/about.json"></book-about>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton-text')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    const paragraph = skeleton.querySelector('p')!;
    expect(getComputedStyle(paragraph).webkitTextFillColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(paragraph).backgroundImage).to.contain('linear-gradient');
    await expect(el).to.be.accessible();
  });
});
