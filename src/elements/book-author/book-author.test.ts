import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {BookAuthor} from './book-author.js';
import './define.js';

const photo = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
const book = {
  title: 'The Glass Orchard',
  authors: [
    {
      name: 'Wren Alder',
      url: 'https://wren.example',
      bio: 'Writes about orchards.',
      photo: {src: photo, alt: 'Wren in an orchard'},
      links: [
        {href: 'https://social.example/@wren', kind: 'info'},
        {href: 'https://wren.example/news', label: 'News'},
      ],
    },
    {name: 'Names Only'},
    {name: 'Bo Bramble', bio: 'Draws the maps.'},
  ],
};
const texts = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((e) => e.textContent!.trim());

describe('<book-author>', () => {
  it('shows each author with a bio or photo: photo, linked name, bio and links', async () => {
    const el = await fixture<BookAuthor>(html`<book-author .book=${book}></book-author>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('About the authors');
    expect(texts(el, '[part=name]')).to.deep.equal(['Wren Alder', 'Bo Bramble']);
    expect(el.shadowRoot!.querySelector('h3[part=name] a')!.getAttribute('href')).to.equal('https://wren.example/');
    expect(texts(el, '[part=bio]')).to.deep.equal(['Writes about orchards.', 'Draws the maps.']);
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('[part=photo]')!;
    expect([img.alt, img.width, img.height]).to.deep.equal(['Wren in an orchard', 96, 96]);
    expect(el.shadowRoot!.querySelectorAll('[part=photo]')).to.have.length(1);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=link]')];
    expect(links.map((a) => [a.textContent!.trim(), a.rel])).to.deep.equal([
      ['social.example', 'noopener'],
      ['News', 'noopener'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('says "author" for one, names the photo when the file does not, and shows nothing for names only', async () => {
    const one = await fixture<BookAuthor>(
      html`<book-author .book=${{title: 'T', authors: [{name: 'Ann', photo: photo}]}}></book-author>`,
    );
    expect(one.shadowRoot!.querySelector('h2')!.textContent).to.equal('About the author');
    expect(one.shadowRoot!.querySelector<HTMLImageElement>('[part=photo]')!.alt).to.equal('Photo of Ann');
    const none = await fixture<BookAuthor>(html`<book-author .book=${{title: 'T', authors: ['Just A Name']}}></book-author>`);
    expect(none.shadowRoot!.querySelector('[part=base]')!.children).to.have.length(0);
  });

  it('shows a skeleton of one author while loading, hidden from assistive technology', async () => {
    const el = await fixture<BookAuthor>(html`<book-author loading="eager" src="/fake/hang/author.json"></book-author>`);
    await el.updateComplete;
    const skeleton = el.shadowRoot!.querySelector('.skeleton-text')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.querySelectorAll('[part=bio]')).to.have.length(1);
  });

  it('is in <book-page> for a book with an author’s bio', async () => {
    await import('../book-page/define.js');
    const page = await fixture<HTMLElement>(html`<book-page .book=${book}></book-page>`);
    await waitUntil(() => page.shadowRoot!.querySelector('book-author')?.shadowRoot?.querySelector('[part=bio]'));
    expect(page.shadowRoot!.querySelector('book-author')!.getAttribute('part')).to.equal('author');
  });
});
