import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {BookPraise} from './book-praise.js';
import './define.js';
import '../book-page/define.js';

const book = {
  title: 'The Glass Orchard',
  praise: [
    {
      quote: 'A quiet book that stays with you.',
      by: 'Mara Quill',
      role: 'author of The Salt Road',
      source: 'The Northern Review',
      url: 'https://review.example/glass',
    },
    {quote: 'I read it twice.', by: 'Ode Farrow'},
    {quote: 'Clear as its title.', by: 'Ines Vey', source: 'Lantern Weekly'},
  ],
};

describe('<book-praise>', () => {
  it('shows each quote with who said it, their role and where, linked where the file says', async () => {
    const el = await fixture<BookPraise>(html`<book-praise .book=${book} target="_blank"></book-praise>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Praise for the book');
    const quotes = [...el.shadowRoot!.querySelectorAll('[part=quote]')].map((q) => q.textContent!.trim());
    expect(quotes).to.deep.equal(book.praise.map((p) => p.quote));
    const by = [...el.shadowRoot!.querySelectorAll('[part=by]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(by).to.deep.equal([
      'Mara Quill, author of The Salt Road, The Northern Review',
      'Ode Farrow',
      'Ines Vey, Lantern Weekly',
    ]);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=by] a')!;
    expect([link.href, link.rel, link.target]).to.deep.equal(['https://review.example/glass', 'noopener', '_blank']);
    expect(el.shadowRoot!.querySelectorAll('blockquote')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('renders nothing for a book without praise, and takes a heading of the page’s', async () => {
    const none = await fixture<BookPraise>(html`<book-praise .book=${{title: 'T'}}></book-praise>`);
    expect(none.shadowRoot!.querySelector('[part=base]')!.children).to.have.length(0);
    const own = await fixture<BookPraise>(
      html`<book-praise heading="What readers say" heading-level="3" .book=${book}></book-praise>`,
    );
    expect(own.shadowRoot!.querySelector('h3')!.textContent).to.equal('What readers say');
  });

  it('shows a skeleton of three quotes while loading, hidden from assistive technology', async () => {
    const el = await fixture<BookPraise>(html`<book-praise loading="eager" src="/fake/hang/praise.json"></book-praise>`);
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('.skeleton-text')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.querySelectorAll('blockquote')).to.have.length(3);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
  });

  it('is in <book-page> for a book with praise, after its code has come; not for a book without', async () => {
    const page = await fixture<HTMLElement & {state: string}>(html`<book-page .book=${book}></book-page>`);
    await waitUntil(() => page.shadowRoot!.querySelector('book-praise')?.shadowRoot?.querySelector('blockquote'));
    expect(page.shadowRoot!.querySelector('book-praise')!.getAttribute('part')).to.equal('praise');
    const plain = await fixture<HTMLElement>(
      html`<book-page .book=${{title: 'T', faq: [{question: 'Q?', answer: 'A.'}]}}></book-page>`,
    );
    await (plain as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(plain.shadowRoot!.querySelector('book-praise')).to.equal(null);
  });
});
