import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {demoBook, loadingAndReadyHeights} from '../../../test/test-book.js';
import type {BookToc} from './book-toc.js';
import './define.js';

const ready = (el: BookToc) => waitUntil(() => el.state === 'ready', 'never ready');

describe('<book-toc>', () => {
  it('lists the ten chapters with two-digit numbers, titles, summaries and ids', async () => {
    const el = await fixture<BookToc>(html`<book-toc loading="eager" src=${demoBook}></book-toc>`);
    await ready(el);
    const chapters = [...el.shadowRoot!.querySelectorAll('ol > li[part=chapter]')];
    expect(chapters).to.have.length(10);
    expect(chapters.map((c) => c.querySelector('[part=number]')!.textContent)).to.deep.equal([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
    ]);
    expect(chapters[2].querySelector('[part=chapter-title]')!.textContent).to.equal('Chapter 03: Data Engineering Fundamentals');
    expect(chapters[2].id).to.equal('chapter-3');
    expect(chapters[2].querySelector('[part=summary]')!.textContent!.trim()).to.match(/^Where data comes from/);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Table of contents');
    await expect(el).to.be.accessible();
  });

  it('collapses a long summary to one line, with a real button to show it all, by keyboard', async () => {
    const el = await fixture<BookToc>(html`<book-toc style="width: 500px" loading="eager" src=${demoBook}></book-toc>`);
    await ready(el);
    await waitUntil(() => el.shadowRoot!.querySelector('button[part=toggle]'), 'no Show more button');
    const summary = el.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!;
    const lineHeight = parseFloat(getComputedStyle(summary).lineHeight);
    expect(summary.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=toggle]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(summary.id);
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.contain('Show less');
    expect(summary.getBoundingClientRect().height).to.be.above(lineHeight * 1.5);
    await expect(el).to.be.accessible();
  });

  it('shows no button where a summary fits', async () => {
    const el = await fixture<BookToc>(
      html`<book-toc style="width: 900px" .book=${{title: 'T', toc: [{title: 'A', summary: 'Short.'}]}}></book-toc>`,
    );
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('scrolls to the chapter named in the page URL', async () => {
    const el = await fixture<BookToc>(
      html`<div style="height: 2000px"></div>
        <book-toc loading="eager" src=${demoBook}></book-toc>
        <div style="height: 2000px"></div>`,
    );
    const toc = el.parentElement!.querySelector('book-toc')!;
    location.hash = 'chapter-7';
    await waitUntil(() => toc.state === 'ready');
    await waitUntil(() => toc.shadowRoot!.querySelector('#chapter-7.targeted'), 'chapter 7 not targeted');
    const top = toc.shadowRoot!.querySelector('#chapter-7')!.getBoundingClientRect().top;
    expect(top).to.be.within(-2, 40);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('ignores a malformed fragment in the page URL, on load and on hashchange, throwing nothing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => (errors.push(e.message), e.preventDefault());
    addEventListener('error', onError);
    try {
      history.replaceState(null, '', `${location.pathname}${location.search}#%E0%A4%A`);
      const toc = await fixture<BookToc>(html`<book-toc .book=${{title: 'T', toc: [{title: 'One'}]}}></book-toc>`);
      await toc.updateComplete;
      location.hash = '%E0%A4%A%';
      await new Promise((r) => addEventListener('hashchange', r, {once: true}));
      await new Promise((r) => setTimeout(r, 50));
      expect(toc.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    } finally {
      removeEventListener('error', onError);
      history.replaceState(null, '', location.pathname + location.search);
    }
    expect(errors).to.deep.equal([]);
  });

  it('renders nothing for a book without chapters', async () => {
    const el = await fixture<BookToc>(html`<book-toc .book=${{title: 'T'}}></book-toc>`);
    expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('reserves the demo book’s height while loading, in a narrow and a wide column', async () => {
    for (const width of [343, 1000]) {
      const {loading, ready} = await loadingAndReadyHeights('book-toc', width);
      expect(Math.abs(loading - ready), `at ${width}px: skeleton ${loading}, ready ${ready}`).to.be.below(40);
    }
  });
});
