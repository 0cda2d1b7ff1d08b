import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {demoBook, loadingAndReadyHeights} from '../../../test/test-book.js';
import type {BookFaq} from './book-faq.js';
import './define.js';

const items = (el: BookFaq) => [...el.shadowRoot!.querySelectorAll('details')];

describe('<book-faq>', () => {
  it('shows the questions as disclosures, the first one open', async () => {
    const el = await fixture<BookFaq>(html`<book-faq loading="eager" src=${demoBook}></book-faq>`);
    await waitUntil(() => el.state === 'ready');
    const details = items(el);
    expect(details.length).to.be.at.least(5);
    expect(details.map((d) => d.open)).to.deep.equal([true, ...Array(details.length - 1).fill(false)]);
    expect(details[0].querySelector('summary[part=question]')!.textContent).to.equal(
      'Do I need to know machine learning before reading it?',
    );
    expect(details[0].querySelector('[part=answer]')!.textContent).to.contain('You should know the basics');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Frequently asked questions');
    await expect(el).to.be.accessible();
  });

  it('opens all or none as asked, and fires no event for that', async () => {
    let events = 0;
    const book = {
      title: 'T',
      faq: [
        {question: 'a?', answer: 'A'},
        {question: 'b?', answer: 'B'},
      ],
    };
    const el = await fixture<BookFaq>(html`<book-faq open="all" .book=${book} @book-faq-toggle=${() => events++}></book-faq>`);
    expect(items(el).map((d) => d.open)).to.deep.equal([true, true]);
    el.open = 'none';
    await el.updateComplete;
    expect(items(el).map((d) => d.open)).to.deep.equal([false, false]);
    await new Promise((r) => setTimeout(r, 50));
    expect(events).to.equal(0);
  });

  it('is driven from the keyboard and fires book-faq-toggle with index and state', async () => {
    const book = {
      title: 'T',
      faq: [
        {question: 'a?', answer: 'A'},
        {question: 'b?', answer: 'B'},
      ],
    };
    const el = await fixture<BookFaq>(html`<book-faq open="none" .book=${book}></book-faq>`);
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')];
    summaries[0].focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(summaries[1]);
    setTimeout(() => sendKeys({press: 'Enter'}));
    const opened = await oneEvent(el, 'book-faq-toggle');
    expect(opened.detail).to.deep.equal({index: 1, open: true});
    expect(items(el)[1].open).to.be.true;
    setTimeout(() => sendKeys({press: ' '}));
    const closed = await oneEvent(el, 'book-faq-toggle');
    expect(closed.detail).to.deep.equal({index: 1, open: false});
    await expect(el).to.be.accessible();
  });

  it('reserves the demo book’s height while loading, within a line, in a narrow and a wide column, in any font', async () => {
    for (const font of [undefined, '18px "Liberation Serif", "DejaVu Serif", serif']) {
      for (const width of [343, 640, 1000]) {
        const {loading, ready, element} = await loadingAndReadyHeights('book-faq', width, {}, font);
        // Filler words wrap like the answers, not word for word: engines break one line apart.
        const line = parseFloat(getComputedStyle(element.shadowRoot!.querySelector('.answer')!).lineHeight);
        expect(
          Math.abs(loading - ready),
          `${font ?? 'system font'} at ${width}px: skeleton ${loading}, ready ${ready}, a line ${line}`,
        ).to.be.at.most(line + 0.5);
      }
    }
  });

  it('draws the skeleton as the questions in bars, the first open: no readable text, hidden from assistive technology', async () => {
    let toggles = 0;
    const el = await fixture<BookFaq>(
      html`<book-faq loading="eager" src="/fake/hang/faq.json" @book-faq-toggle=${() => toggles++}></book-faq>`,
    );
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(toggles, 'the skeleton announces no toggles').to.equal(0);
    const skeleton = el.shadowRoot!.querySelector('.skeleton-text')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.hasAttribute('inert')).to.be.true;
    const details = [...skeleton.querySelectorAll('details')];
    expect(details.map((d) => d.open)).to.deep.equal([true, false, false, false, false, false]);
    expect(getComputedStyle(details[0].querySelector('summary')!).webkitTextFillColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(details[0].querySelector('.answer')!).backgroundImage).to.contain('linear-gradient');
    await expect(el).to.be.accessible();
  });
});
