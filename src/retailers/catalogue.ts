/**
 * The retailer catalogue: data, not code. Each retailer's stores (by ISO country code, lower case)
 * and how a link to a book is made there from its ISBN, and how a site's affiliate ID joins it. Loaded
 * only where a link names a retailer without an `href` (./links.ts). Patterns checked against the
 * retailers' own pages and working code where stored copies allowed (README, "The retailer catalogue").
 *
 * In a link: `{isbn13}`, `{isbn10}` the edition's ISBNs; in an affiliate wrapper: `{url}` the link,
 * encoded, and `{id}` the site's ID, encoded.
 */
export interface Retailer {
  name: string;
  /** Store → the link; the first store is the retailer's home, for readers elsewhere. */
  stores: {[store: string]: string};
  /** The link is a search for the ISBN, not the book's own page (the retailer has no ISBN page). */
  search?: boolean;
  /** The link when the edition has no ISBN-10 (`{isbn10}` links: Amazon's product pages). */
  fallback?: {[store: string]: string};
  /** How an affiliate ID joins the link: a query parameter, or a link of the retailer's network around it. */
  affiliate?: {param: string} | {wrap: string} | {stores: {[store: string]: string}};
  /** One link serves readers everywhere: the retailer sends each to their own store. */
  everywhere?: boolean;
  /** Which stores serve readers of other countries: Ireland's Amazon is the UK's. */
  also?: {[country: string]: string};
}

const amazonStores: {[store: string]: string} = {
  us: 'com',
  gb: 'co.uk',
  de: 'de',
  fr: 'fr',
  it: 'it',
  es: 'es',
  ca: 'ca',
  au: 'com.au',
  jp: 'co.jp',
  in: 'in',
  nl: 'nl',
  se: 'se',
  pl: 'pl',
  br: 'com.br',
  mx: 'com.mx',
  tr: 'com.tr',
  ae: 'ae',
  sa: 'sa',
  sg: 'sg',
  be: 'com.be',
  eg: 'eg',
};
/** Readers of countries without an Amazon of their own, and the one that serves them. */
const amazonAlso = {ie: 'gb', nz: 'au', at: 'de', ch: 'de', lu: 'de', pt: 'es'};
const amazon = (path: string) =>
  Object.fromEntries(Object.entries(amazonStores).map(([store, tld]) => [store, `https://www.amazon.${tld}${path}`]));

const kobo = (stores: string) =>
  Object.fromEntries(
    stores.split(' ').map((store) => {
      const [country, language] = store.split('/');
      return [country, `https://www.kobo.com/${country}/${language}/search?query={isbn13}`];
    }),
  );

export const retailers: {[id: string]: Retailer} = {
  amazon: {
    name: 'Amazon',
    stores: amazon('/dp/{isbn10}'),
    fallback: amazon('/s?k={isbn13}&i=stripbooks'),
    affiliate: {param: 'tag'},
    also: amazonAlso,
  },
  kindle: {
    name: 'Kindle',
    stores: amazon('/s?k={isbn13}&i=digital-text'),
    search: true,
    affiliate: {param: 'tag'},
    also: amazonAlso,
  },
  audible: {
    name: 'Audible',
    stores: Object.fromEntries(
      Object.entries({
        us: 'com',
        gb: 'co.uk',
        de: 'de',
        fr: 'fr',
        it: 'it',
        es: 'es',
        ca: 'ca',
        au: 'com.au',
        jp: 'co.jp',
        in: 'in',
        br: 'com.br',
      }).map(([store, tld]) => [store, `https://www.audible.${tld}/search?keywords={isbn13}`]),
    ),
    search: true,
    also: {ie: 'gb', nz: 'au', at: 'de', ch: 'de'},
  },
  bookshop: {
    name: 'Bookshop.org',
    stores: {us: 'https://bookshop.org/book/{isbn13}', gb: 'https://uk.bookshop.org/book/{isbn13}'},
    affiliate: {stores: {us: 'https://bookshop.org/a/{id}/{isbn13}', gb: 'https://uk.bookshop.org/a/{id}/{isbn13}'}},
    also: {ie: 'gb'},
  },
  bn: {
    name: 'Barnes & Noble',
    stores: {us: 'https://www.barnesandnoble.com/w/?ean={isbn13}'},
    affiliate: {wrap: 'https://www.anrdoezrs.net/click-{id}?url={url}'},
  },
  apple: {
    name: 'Apple Books',
    stores: {us: 'https://goto.applebooks.apple/{isbn13}'},
    everywhere: true,
    affiliate: {param: 'at'},
  },
  google: {
    name: 'Google Play Books',
    stores: {us: 'https://play.google.com/store/search?q={isbn13}&c=books'},
    everywhere: true,
    search: true,
  },
  kobo: {
    name: 'Kobo',
    stores: kobo(
      'us/en ca/en gb/en au/en nz/en ie/en de/de at/de ch/de fr/fr be/fr nl/nl it/it es/es pt/pt br/pt mx/es jp/ja tw/zh se/sv',
    ),
    search: true,
    affiliate: {wrap: 'https://click.linksynergy.com/deeplink?id={id}&mid=37217&murl={url}'},
  },
  librofm: {
    name: 'Libro.fm',
    stores: {us: 'https://libro.fm/audiobooks/{isbn13}'},
  },
  waterstones: {
    name: 'Waterstones',
    stores: {gb: 'https://www.waterstones.com/books/search/term/{isbn13}'},
    search: true,
    affiliate: {wrap: 'https://www.awin1.com/cread.php?awinmid=3787&awinaffid={id}&ued={url}'},
  },
  blackwells: {
    name: "Blackwell's",
    stores: {gb: 'https://blackwells.co.uk/bookshop/product/{isbn13}'},
  },
  indigo: {
    name: 'Indigo',
    stores: {ca: 'https://www.indigo.ca/en-ca/search?q={isbn13}'},
    search: true,
    affiliate: {wrap: 'https://www.anrdoezrs.net/click-{id}?url={url}'},
  },
  booktopia: {
    name: 'Booktopia',
    stores: {au: 'https://www.booktopia.com.au/search.ep?keywords={isbn13}'},
    search: true,
  },
  thalia: {
    name: 'Thalia',
    stores: {de: 'https://www.thalia.de/suche?sq={isbn13}', at: 'https://www.thalia.at/suche?sq={isbn13}'},
    search: true,
  },
  fnac: {
    name: 'Fnac',
    stores: {fr: 'https://www.fnac.com/SearchResult/ResultList.aspx?Search={isbn13}'},
    search: true,
  },
  bol: {
    name: 'bol',
    stores: {nl: 'https://www.bol.com/nl/nl/s/?searchtext={isbn13}', be: 'https://www.bol.com/be/nl/s/?searchtext={isbn13}'},
    search: true,
    affiliate: {wrap: 'https://partner.bol.com/click/click?p=1&t=url&s={id}&f=TXL&url={url}'},
  },
  worldcat: {
    name: 'a library near you (WorldCat)',
    stores: {us: 'https://search.worldcat.org/search?q=bn:{isbn13}'},
    everywhere: true,
    search: true,
  },
};
