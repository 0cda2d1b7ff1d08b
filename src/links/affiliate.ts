/**
 * Affiliate links: the site's Amazon and Bookshop.org IDs added to those retailers' links, and
 * links built from the ISBN where the book file has none for a retailer the site has an ID for.
 */
import type {Book, BookLink} from '../format/book.js';
import {own} from '../format/schema.js';
import {pageConfig} from '../config/page-config.js';
import {byStore, catalogue, hostRetailer} from './catalogue.js';

/** The site's IDs by retailer: `"tag-20"`, or by store, `"us:tag-20 uk:tag-21"`. */
export interface AffiliateIds {
  amazon?: string;
  bookshop?: string;
  [retailer: string]: string | undefined;
}

export interface ShownLink extends BookLink {
  href: string;
  /** The store a link built from the catalogue goes to (`de`), and the retailer's name there. */
  store?: string;
  name?: string;
  /** Carries the site's affiliate ID: rel="sponsored", and a disclosure where asked for. */
  sponsored: boolean;
  /** Sells in the reader's country (known for the catalogue's retailers only). */
  local?: boolean;
  /** The edition's format, for a link of the buy box's chosen edition. */
  edition?: string;
}

/**
 * The site's ID for a retailer: an own string value only, so that a name like `constructor`, or a
 * field a page adds to Object.prototype, is never taken for one.
 */
export const idOf = (ids: AffiliateIds, retailer: string | undefined): string | undefined => {
  const id = retailer && Object.prototype.hasOwnProperty.call(ids, retailer) ? ids[retailer] : undefined;
  return typeof id === 'string' && id ? id : undefined;
};

/** The page-wide IDs: `window.BookWidgets = {affiliate: {amazon, bookshop}}`. */
export const pageAffiliateIds = (): AffiliateIds => pageConfig().affiliate;

export const retailerOf = (link: BookLink) => link.retailer ?? hostRetailer(link.href);

export const amazonLink = (href: string, id: string) => {
  const url = new URL(href);
  url.searchParams.set('tag', id);
  return url.href;
};

export const bookshopLink = (store: string, id: string, isbn13: string) =>
  `https://${store === 'gb' ? 'uk.' : ''}bookshop.org/a/${encodeURIComponent(id)}/${isbn13}`;

/**
 * The book's links as they should be shown, with the IDs applied and the missing ones built. Links by
 * retailer alone, links built from the site's IDs and IDs by store take the retailer catalogue
 * (./catalogue.ts loads it with the book); without it, the file's own links with its IDs.
 */
export function affiliateLinks(book: Book, ids: AffiliateIds): ShownLink[] {
  const retailers = catalogue();
  if (retailers) return retailers.cardLinks(book, ids, pageConfig().country);
  const links: ShownLink[] = [];
  for (const link of book.links ?? []) {
    if (!link.href) continue;
    const retailer = retailerOf(link);
    const id = idOf(ids, retailer);
    if (byStore(id)) continue; // IDs by store: the catalogue is on its way, and the link with it.
    links.push(
      retailer === 'amazon' && id
        ? own({...link, href: amazonLink(link.href, id), retailer, sponsored: true})
        : retailer === 'bookshop' && id && book.isbn13
          ? own({
              ...link,
              href: bookshopLink(/^uk\./.test(new URL(link.href).hostname) ? 'gb' : 'us', id, book.isbn13),
              retailer,
              sponsored: true,
            })
          : own({...link, href: link.href, retailer, sponsored: false}),
    );
  }
  return links;
}
