/**
 * test/pages/hostile.html: global resets (`* { all: unset }`), restyled basics, 40 px fonts,
 * right-to-left, zoom, prototype extensions shaped like book fields, Lit 2 on the page and the
 * bundle included twice. The widgets keep their own look and behave.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {openPage} from './test-book.js';

describe('a hostile host page', () => {
  it('does not break the widgets', async () => {
    const {doc, win} = await openPage<Window & {errors: string[]; __pwned?: number}>(
      {src: '/test/pages/hostile.html'},
      'width: 1000px; height: 900px',
    );
    const widgets = [...doc.querySelectorAll('book-card, book-about, book-faq')];
    await waitUntil(() => widgets.every((w) => w.getAttribute('state') === 'ready'), 'widgets not ready', {timeout: 5000});
    // The form's code is a chunk of its own, which may come after the book widgets'.
    await waitUntil(() => doc.querySelector('newsletter-signup')!.shadowRoot?.querySelector('form'), 'no form', {timeout: 5000});

    const card = doc.querySelector('#card')!;
    const part = (name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;
    const style = (el: Element) => win.getComputedStyle(el);
    expect(style(card).display, 'the reset does not make the host inline').to.equal('block');
    expect(style(part('title')).fontWeight).to.equal('700');
    expect(style(part('title')).textTransform).to.equal('none');
    expect(style(part('title')).color).not.to.equal('rgb(255, 0, 0)');
    // Cover: its own width and 2:3 box, on the right in a right-to-left page, text beside it.
    const cover = part('cover').getBoundingClientRect();
    const body = card.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
    expect(Math.round((cover.height / cover.width) * 100)).to.equal(150);
    expect(cover.left, 'right to left: cover on the right').to.be.greaterThan(body.left);
    // Links: the prototype's url and label never show up.
    const links = [...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.getAttribute('href')).filter((h) => /^javascript/i.test(h!))).to.deep.equal([]);
    expect(links.map((a) => a.textContent).join()).not.to.contain('POLLUTED');
    expect(part('title').querySelector('a'), 'no title link from Object.prototype.url').to.equal(null);
    expect(card.shadowRoot!.querySelector('img')!.alt).to.equal(
      'Cover of Designing Machine Learning Systems: overlapping circles and a grid of squares on deep blue',
    );
    // Lists stay lists; the page's `li { float: left; border }` does not reach them.
    const item = doc.querySelector('book-about')!.shadowRoot!.querySelector('.items li')!;
    expect(style(item).cssFloat).to.equal('none');
    expect(style(item).borderTopStyle).to.equal('none');
    // The FAQ still opens from its summary.
    const summary = doc.querySelector('book-faq')!.shadowRoot!.querySelectorAll('summary')[1] as HTMLElement;
    summary.click();
    expect((summary.parentElement as HTMLDetailsElement).open).to.be.true;
    // The newsletter form keeps its layout.
    const form = doc.querySelector('newsletter-signup')!.shadowRoot!.querySelector('form')!.getBoundingClientRect();
    const input = doc.querySelector('newsletter-signup')!.shadowRoot!.querySelector('input[type=email]')!.getBoundingClientRect();
    expect(input.left, 'the field stays inside the form').to.be.greaterThan(form.left);
    expect(input.right).to.be.lessThan(form.right);
    // The page's own Lit 2 element works next to ours.
    expect(doc.querySelector('old-lit-greeting')!.shadowRoot!.textContent).to.contain('Hello from Lit 2');
    expect(win.__pwned).to.equal(undefined);
    expect(win.errors).to.deep.equal([]);
  });
});
