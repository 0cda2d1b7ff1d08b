/**
 * The shape of a language pack: every string of every element, by element (namespace). Built from
 * the English strings each element writes, so a pack that misses a key, or a key an element drops,
 * fails the type check (`satisfies Translation` in each pack).
 */
import type {Plural} from './translate.js';
import type {baseStrings} from '../elements/book-element/book-element.js';
import type {linkStrings} from '../links/book-links.js';
import type {bookCardStrings} from '../elements/book-card/book-card.js';
import type {bookAboutStrings} from '../elements/book-about/book-about.js';
import type {bookTocStrings} from '../elements/book-toc/book-toc.js';
import type {bookFaqStrings} from '../elements/book-faq/book-faq.js';
import type {bookRecommendationsStrings} from '../elements/book-recommendations/book-recommendations.js';
import type {bookPraiseStrings} from '../elements/book-praise/book-praise.js';
import type {bookAuthorStrings} from '../elements/book-author/book-author.js';
import type {bookSeriesStrings} from '../elements/book-series/book-series.js';
import type {bookBuyStrings} from '../elements/book-buy/book-buy.js';
import type {newsletterSignupStrings} from '../elements/newsletter-signup/newsletter-signup.js';
import type {signupStrings} from '../newsletter/signup.js';

/** Text for text, plural forms for plural forms (the language's own categories), names for names. */
type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends {other: string} ? Plural : {[name in keyof T[K]]: string};
};

export interface Translation {
  base: Shape<typeof baseStrings>;
  links: Shape<typeof linkStrings>;
  card: Shape<typeof bookCardStrings>;
  about: Shape<typeof bookAboutStrings>;
  toc: Shape<typeof bookTocStrings>;
  faq: Shape<typeof bookFaqStrings>;
  recommendations: Shape<typeof bookRecommendationsStrings>;
  praise: Shape<typeof bookPraiseStrings>;
  author: Shape<typeof bookAuthorStrings>;
  series: Shape<typeof bookSeriesStrings>;
  buy: Shape<typeof bookBuyStrings>;
  newsletter: Shape<typeof newsletterSignupStrings>;
  signup: Shape<typeof signupStrings>;
}
