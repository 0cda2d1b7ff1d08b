/**
 * Links to a book at a retailer of the catalogue, for the reader's store, made from the edition's
 * ISBN, with the site's affiliate ID for that store where it has one.
 */
import {retailers, type Retailer} from './catalogue.js';
import {siteCatalogue} from './site-catalogue.js';
import {countryCode, readerCountry, storeOf} from './store.js';
import type {Book, BookLink, Edition} from '../format/book.js';
import {isbn13to10} from '../format/isbn.js';
import {own} from '../format/schema.js';
import {amazonLink, bookshopLink, idOf, retailerOf, type AffiliateIds, type ShownLink} from '../links/affiliate.js';
import {byStore} from '../links/catalogue.js';

export {retailers};

export interface RetailerLink {
  href: string;
  /** Sells in the reader's country: its store there, one that serves it, or one link for every country. */
  local: boolean;
  /** The retailer's name, for the link's label: "Buy on Kobo". */
  name: string;
  /** The store it goes to (`de`). */
  store: string;
  /** Carries the site's affiliate ID. */
  sponsored: boolean;
  /** A search for the ISBN rather than the book's own page. */
  search: boolean;
}

/** Affiliate IDs by store: `"us:tag-20 uk:tag-21"`, or one ID for every store; `{us: 'tag-20'}` as given in JS. */
export type StoreIds = {[store: string]: string};

const fill = (template: string, values: {[key: string]: string}) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * The link to this edition at `retailerId` for a reader in `country`; undefined when the retailer is
 * not in the catalogue or the edition lacks the ISBN its links need. `ids`: the site's IDs for this
 * retailer by store (`*` for every store).
 */
export function retailerLink(
  retailerId: string,
  isbn: {isbn13?: string; isbn10?: string},
  country: string,
  ids: StoreIds = {},
  catalogue: {[id: string]: Retailer} = siteCatalogue(),
): RetailerLink | undefined {
  const retailer = retailerNamed(retailerId, catalogue);
  if (!retailer) return undefined;
  const store = storeOf(retailer, country);
  const local = sellsIn(retailer, store, country);
  const values = {isbn13: isbn.isbn13 ?? '', isbn10: isbn.isbn10 ?? ''};
  const chosen =
    retailer.stores[store].includes('{isbn10}') && !isbn.isbn10 ? retailer.fallback?.[store] : retailer.stores[store];
  // Never a link with an empty ISBN in it (a search for nothing).
  const template = chosen && !(chosen.includes('{isbn13}') && !isbn.isbn13) ? chosen : undefined;
  if (!template) return undefined;
  const search = Boolean(retailer.search || template !== retailer.stores[store]);
  let href = fill(template, values);
  const {affiliate, name} = retailer;
  const id = idForStore(retailer, store, ids);
  if (!id || !affiliate) return {href, name, store, local, sponsored: false, search};
  if ('param' in affiliate) {
    const url = new URL(href);
    url.searchParams.set(affiliate.param, id);
    href = url.href;
  } else if ('wrap' in affiliate) {
    href = fill(affiliate.wrap, {id: encodeURIComponent(id), url: encodeURIComponent(href)});
  } else if (affiliate.stores[store]) {
    href = fill(affiliate.stores[store], {...values, id: encodeURIComponent(id)});
  } else return {href, name, store, local, sponsored: false, search};
  return {href, name, store, local, sponsored: true, search};
}

/**
 * `"us:tag-20 uk:tag-21 de:tag-22"` as IDs by store (`uk` is `gb`, `*` every store); an ID without a
 * store is kept under `''` (see `retailerLink`). Entries that are not `store:ID` are reported and left out.
 */
export function storeIds(value: string | undefined, warn: (message: string) => void = warnOnce): StoreIds {
  const ids: StoreIds = Object.create(null);
  for (const entry of (typeof value === 'string' ? value : '').split(/\s+/).filter(Boolean)) {
    const [, store, id] = entry.match(/^(?:([a-z]{2}|\*):)?(.+)$/i) ?? [];
    const code = store && store !== '*' ? countryCode(store) : store;
    if (!id || id.includes(':')) warn(`book-widgets: the affiliate ID "${entry}" is not "store:ID" (like "uk:tag-21"); left out`);
    else if (code && code !== '*' && !storesOf(siteCatalogue()).has(code))
      warn(`book-widgets: the affiliate ID "${entry}" names a store no retailer has ("${code}"); left out`);
    else ids[code ?? ''] = id;
  }
  return ids;
}

/** Every store code of the catalogue, and the countries other stores serve. */
const storesOf = (catalogue: {[id: string]: Retailer}) => {
  if (known?.catalogue !== catalogue)
    known = {
      catalogue,
      stores: new Set(Object.values(catalogue).flatMap((r) => [...Object.keys(r.stores), ...Object.keys(r.also ?? {})])),
    };
  return known.stores;
};
let known: {catalogue: object; stores: Set<string>} | undefined;

const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (!warned.has(message)) console.warn(message);
  warned.add(message);
};

/**
 * The store a full link of this retailer goes to (`https://www.amazon.co.uk/dp/…` → `gb`), and the
 * site's ID for it, by the same rule as `retailerLink`.
 */
export function storeOfUrl(retailerId: string, href: string, ids: StoreIds): {store: string; id?: string} | undefined {
  const retailer = retailerNamed(retailerId);
  if (!retailer) return undefined;
  const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
  const host = hostOf(href);
  const store = Object.keys(retailer.stores).find((s) => hostOf(retailer.stores[s]) === host);
  if (!store) return undefined;
  return {store, id: idForStore(retailer, store, ids)};
}

/** Does this store of the retailer sell to a reader in `country`: theirs, one that serves them, or one for everywhere? */
const sellsIn = (retailer: Retailer, store: string, country: string) =>
  Boolean(retailer.everywhere) || store === countryCode(country) || retailer.also?.[countryCode(country)] === store;

/** A retailer of the catalogue by its own name only: never `toString` or `constructor`. */
const retailerNamed = (id: string, catalogue: {[id: string]: Retailer} = siteCatalogue()) =>
  Object.prototype.hasOwnProperty.call(catalogue, id) ? catalogue[id] : undefined;

/**
 * The site's ID for a store of this retailer. One given without a store is the US store's where a
 * programme runs store by store (Amazon's `tag-20`, as `affiliate-amazon="tag-20"` always meant),
 * every store's where one network's links work everywhere (Kobo's, Waterstones' …).
 */
const idForStore = ({affiliate}: Retailer, store: string, ids: StoreIds) =>
  ids[store] ?? ids['*'] ?? (affiliate && ('wrap' in affiliate || store === 'us') ? ids[''] : undefined);

/**
 * The book's links as shown (see `affiliateLinks` in src/links/affiliate.ts). A link the file gives
 * in full keeps its store, with the site's ID for that store; a link by retailer alone, and one built
 * from the site's Amazon or Bookshop.org ID, goes to the reader's store (`country` where the page
 * fixes it), with the ID for that store if the site has one.
 */
export function shownLinks(book: Book, ids: AffiliateIds, country?: string): ShownLink[] {
  const reader = readerCountry(country);
  // The book's ISBN, else its first edition's that has one (the parser allows links by retailer then).
  const {isbn13, isbn10} = book.isbn13 || book.isbn10 ? book : (book.editions?.find((e) => e.isbn13 || e.isbn10) ?? {});
  const isbns = {isbn13, isbn10: isbn10 ?? (isbn13 && isbn13to10(isbn13))};
  const idsOf = (retailer: string) => storeIds(idOf(ids, retailer));
  const build = (retailer: string, link: Omit<BookLink, 'href'>) => {
    const built = retailerLink(retailer, isbns, reader, idsOf(retailer));
    return (
      built &&
      own({
        ...link,
        retailer,
        name: built.name,
        href: built.href,
        store: built.store,
        local: built.local,
        sponsored: built.sponsored,
      })
    );
  };
  const links: ShownLink[] = [];
  for (const link of book.links ?? []) {
    const retailer = retailerOf(link);
    const {href} = link;
    let shown: ShownLink | undefined;
    if (!href) shown = retailer ? build(retailer, link) : undefined;
    else {
      // IDs by store: the one for the store this link goes to, if the site has one.
      const at =
        (retailer === 'amazon' || retailer === 'bookshop') && idOf(ids, retailer)
          ? byStore(idOf(ids, retailer))
            ? storeOfUrl(retailer, href, idsOf(retailer))
            : // One ID without a store, applied as it always was; a Bookshop.org link keeps its store.
              {store: retailer === 'bookshop' && /^uk\./.test(new URL(href).hostname) ? 'gb' : 'us', id: idOf(ids, retailer)}
          : undefined;
      // Where the link goes, if the catalogue knows the retailer's stores: the publisher's shop is neither here nor there.
      const goesTo = retailer && storeOfUrl(retailer, href, {})?.store;
      const local = goesTo ? sellsIn(retailerNamed(retailer)!, goesTo, reader) : undefined;
      shown =
        at?.id && retailer === 'amazon'
          ? own({...link, retailer, href: amazonLink(href, at.id), local, sponsored: true})
          : at?.id && isbn13
            ? own({...link, retailer, href: bookshopLink(at.store, at.id, isbn13), local, sponsored: true})
            : own({...link, retailer, href, local, sponsored: false});
    }
    // The same link twice (one by retailer, one in full, for the same store) is shown once.
    if (shown && !links.some((link) => link.href === shown.href)) links.push(shown);
  }
  // A site with an ID for Amazon or Bookshop.org gets a link there too, built from the ISBN.
  for (const retailer of ['amazon', 'bookshop']) {
    if (!idOf(ids, retailer) || links.some((l) => l.retailer === retailer)) continue;
    const built = build(retailer, {kind: 'buy'});
    if (built) links.push(built);
  }
  return primaryFirst(links);
}

/**
 * The buy links in the order a reader in their country wants them, each where a buy link was: first
 * those that sell in the reader's country and carry the site's ID (the site earns, the reader can
 * buy), then the others that sell there, then the rest; the file's order within each.
 */
function primaryFirst(links: ShownLink[]): ShownLink[] {
  const rank = (link: ShownLink) => (link.local ? (link.sponsored ? 0 : 1) : link.local === false ? 3 : 2);
  const buy = links.filter((link) => link.kind === 'buy').sort((a, b) => rank(a) - rank(b));
  return links.map((link) => (link.kind === 'buy' ? buy.shift()! : link));
}

/**
 * An edition as a book of its own: its ISBNs, and its links (the book's where it has none), with
 * the book's preview and info links, which are every edition's.
 */
export const editionBook = (book: Book, edition: Edition): Book =>
  own({
    ...book,
    // An edition without an ISBN of its own is sold by the book's.
    isbn13: edition.isbn13 ?? (edition.isbn10 ? undefined : book.isbn13),
    isbn10: edition.isbn10 ?? (edition.isbn13 ? undefined : book.isbn10),
    links: edition.links?.length ? [...edition.links, ...(book.links ?? []).filter((link) => link.kind != 'buy')] : book.links,
    editions: undefined,
  });

/**
 * The links a card shows: the book's own, as they always were; a book whose buy links are all its
 * editions' (format 2) shows its first edition's primary buy link for the reader's store, then the
 * book's preview and info links.
 */
export function cardLinks(book: Book, ids: AffiliateIds, country?: string): ShownLink[] {
  const links = shownLinks(book, ids, country);
  const first = book.editions?.[0];
  if (!first || links.some((link) => link.kind === 'buy')) return links;
  const primary = shownLinks(editionBook(book, first), ids, country).find((link) => link.kind === 'buy');
  return primary ? [primary, ...links] : links;
}
