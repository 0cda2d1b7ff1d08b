/**
 * Affiliate links: the site's Amazon and Bookshop.org IDs added to those retailers' links, and
 * links built from the ISBN where the book file has none for a retailer the site has an ID for.
 */
import type {Book, BookLink} from '../format/book.js';
import {isbn13to10} from '../format/isbn.js';
import {own} from '../format/schema.js';
import {pageConfig} from '../config/page-config.js';

export interface AffiliateIds {
  amazon?: string;
  bookshop?: string;
}

export interface ShownLink extends BookLink {
  href: string;
  /** Carries the site's affiliate ID: rel="sponsored", and a disclosure where asked for. */
  sponsored: boolean;
}

/** The page-wide IDs: `window.BookWidgets = {affiliate: {amazon, bookshop}}`. */
export const pageAffiliateIds = (): AffiliateIds => pageConfig().affiliate;

const retailerOf = (link: BookLink) => {
  if (link.retailer || !link.href) return link.retailer;
  const host = new URL(link.href).hostname;
  return /(^|\.)amazon\.[a-z.]+$/.test(host) ? 'amazon' : /(^|\.)bookshop\.org$/.test(host) ? 'bookshop' : undefined;
};

const amazonLink = (href: string, id: string) => {
  const url = new URL(href);
  url.searchParams.set('tag', id);
  return url.href;
};

const bookshopLink = (id: string, isbn13: string) => `https://bookshop.org/a/${encodeURIComponent(id)}/${isbn13}`;

/** The book's links as they should be shown, with the IDs applied and the missing ones built. */
export function affiliateLinks(book: Book, ids: AffiliateIds): ShownLink[] {
  const isbn10 = book.isbn10 ?? (book.isbn13 && isbn13to10(book.isbn13));
  const links: ShownLink[] = [];
  for (const link of book.links ?? []) {
    const retailer = retailerOf(link);
    // A link by retailer alone (format 2) is built from the ISBN: Amazon's and Bookshop.org's here.
    const href =
      link.href ??
      (retailer === 'amazon' && isbn10
        ? `https://www.amazon.com/dp/${isbn10}`
        : retailer === 'bookshop' && book.isbn13
          ? `https://bookshop.org/book/${book.isbn13}`
          : undefined);
    if (!href) continue;
    if (retailer === 'amazon' && ids.amazon) {
      links.push(own({...link, retailer, href: amazonLink(href, ids.amazon), sponsored: true}));
    } else if (retailer === 'bookshop' && ids.bookshop && book.isbn13) {
      links.push(own({...link, retailer, href: bookshopLink(ids.bookshop, book.isbn13), sponsored: true}));
    } else links.push(own({...link, retailer, href, sponsored: false}));
  }
  const has = (retailer: string) => links.some((l) => l.retailer === retailer);
  if (ids.amazon && isbn10 && !has('amazon')) {
    links.push(
      own({
        href: amazonLink(`https://www.amazon.com/dp/${isbn10}`, ids.amazon),
        retailer: 'amazon',
        kind: 'buy' as const,
        sponsored: true,
      }),
    );
  }
  if (ids.bookshop && book.isbn13 && !has('bookshop')) {
    links.push(own({href: bookshopLink(ids.bookshop, book.isbn13), retailer: 'bookshop', kind: 'buy' as const, sponsored: true}));
  }
  return links;
}
