/**
 * Links to buy, preview or read about a book: their labels, `rel` (`sponsored` where they carry the
 * site's affiliate ID), the disclosure line, and the `book-link-click` event that fires before the
 * browser follows one (cancel it to stop the navigation).
 */
import {html, nothing} from 'lit';
import type {Book, BookLink} from '../format/book.js';
import {affiliateLinks, type AffiliateIds, type ShownLink} from './affiliate.js';
import {safeUrl} from '../format/schema.js';
import {emit} from '../events/events.js';

/** Built-in strings (namespace `links`); a translation replaces these values. */
export const linkStrings = {
  retailers: {publisher: 'the publisher'},
  buyOn: 'Buy on {where}',
  buy: 'Buy the book',
  preview: 'Preview',
  info: 'More about the book',
  disclosure: 'Links to retailers are affiliate links: this site may earn a commission on purchases, at no cost to you.',
};

export interface LinkOptions {
  affiliate: AffiliateIds;
  /** `target` for the links, such as `_blank`. */
  target?: string;
  /** At most this many links. */
  max?: number;
}

/** The links' strings in the reader's language: `linkStrings` translated (namespace `links`). */
export type LinkWords = typeof linkStrings;

/** Names of the retailers every book file may name, the same in every language. */
const brands: {[retailer: string]: string} = {amazon: 'Amazon', bookshop: 'Bookshop.org'};

/** The built-in name of a retailer (`the publisher`), by its own key only: never `constructor`. */
export const builtInName = (retailer: string | undefined, words: LinkWords = linkStrings) =>
  retailer
    ? [words.retailers as {[retailer: string]: string}, brands]
        .map((names) => (Object.prototype.hasOwnProperty.call(names, retailer) ? names[retailer] : undefined))
        .find(Boolean)
    : undefined;

/** The link's own label, else one that says where it goes: "Buy on Amazon". */
export function linkLabel(link: BookLink & {name?: string}, words: LinkWords = linkStrings): string {
  if (link.label) return link.label;
  if (link.kind !== 'buy') return words[link.kind];
  const where = link.retailer && (builtInName(link.retailer, words) ?? link.name ?? link.retailer);
  // A function, so that `$&` in a store's name stays as it is.
  return where ? words.buyOn.replace('{where}', () => where) : words.buy;
}

function onClick(this: {book: Book; link: ShownLink; label: string}, event: MouseEvent) {
  const {book, link, label} = this;
  const {href, retailer, kind, store, edition} = link;
  const detail = {book, link: {href, label, retailer, kind, ...(store && {store}), ...(edition && {edition})}};
  // Fired before the browser follows the link; a listener that cancels it stops the navigation.
  if (!emit(event.currentTarget!, 'book-link-click', detail, true)) event.preventDefault();
}

/** The links as they will be shown: the affiliate IDs applied, at most `max`. */
export const shownLinks = (book: Book, {affiliate, max = Infinity}: LinkOptions) =>
  affiliateLinks(book, affiliate)
    .filter((link) => safeUrl(link.href))
    .slice(0, max);

/** One link: `rel="sponsored"` where it carries the site's ID, and `book-link-click` before it is followed. */
export const renderLink = (book: Book, link: ShownLink, target: string | undefined, className: string, label: string) =>
  html`<a
    part="link"
    class=${className}
    href=${link.href}
    rel=${link.sponsored ? 'sponsored noopener' : 'noopener'}
    target=${target || nothing}
    @click=${{handleEvent: onClick, book, link, label}}
    >${label}</a
  >`;

/** The book's links as buttons, the first one primary. */
export function renderLinks(book: Book, links: ShownLink[], target: string | undefined, words: LinkWords) {
  if (!links.length) return nothing;
  return html`<div class="links">
    ${links.map((link, i) => renderLink(book, link, target, `button ${i ? 'secondary' : ''}`, linkLabel(link, words)))}
  </div>`;
}

/**
 * The disclosure affiliate programmes require, where sponsored links are shown and the element has
 * `disclosure` (empty for the built-in text, or the text to show).
 */
export const renderDisclosure = (disclosure: string | undefined, sponsored: boolean, words: LinkWords) =>
  disclosure !== undefined && disclosure !== null && sponsored
    ? html`<p part="disclosure" class="disclosure">${disclosure || words.disclosure}</p>`
    : nothing;
