/**
 * Links to buy, preview or read about a book: their labels, `rel`, and the `book-link-click`
 * event that fires before the browser follows one (cancel it to stop the navigation).
 */
import {html, nothing} from 'lit';
import type {Book, BookLink} from '../format/book.js';

export const linkStrings = {
  retailers: {amazon: 'Amazon', bookshop: 'Bookshop.org', publisher: 'the publisher'} as {[retailer: string]: string},
  buyOn: (where: string) => `Buy on ${where}`,
  buy: 'Buy the book',
  preview: 'Preview',
  info: 'More about the book',
};

/** The link's own label, else one that says where it goes: "Buy on Amazon". */
export function linkLabel(link: BookLink): string {
  if (link.label) return link.label;
  if (link.kind !== 'buy') return linkStrings[link.kind];
  const where = link.retailer && (linkStrings.retailers[link.retailer] ?? link.retailer);
  return where ? linkStrings.buyOn(where) : linkStrings.buy;
}

function onClick(this: {book: Book; link: BookLink}, event: MouseEvent) {
  const {book, link} = this;
  const notice = new CustomEvent('book-link-click', {
    detail: {book, link: {href: link.href, label: linkLabel(link), retailer: link.retailer, kind: link.kind}},
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  if (!(event.currentTarget as Element).dispatchEvent(notice)) event.preventDefault();
}

/** The book's links as buttons: the first one primary, at most `max` of them. */
export function renderLinks(book: Book, max = Infinity) {
  const links = (book.links ?? []).slice(0, max);
  if (!links.length) return nothing;
  return html`<div class="links">
    ${links.map(
      (link, i) =>
        html`<a
          part="link"
          class="button ${i ? 'secondary' : ''}"
          href=${link.href}
          rel="noopener"
          data-retailer=${link.retailer ?? nothing}
          @click=${{handleEvent: onClick, book, link}}
          >${linkLabel(link)}</a
        >`,
    )}
  </div>`;
}
