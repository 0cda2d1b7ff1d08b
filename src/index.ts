/**
 * The package's main entry: classes, the format and the loader, without defining any tag.
 * Import `book-widgets/all.js` (or one element's subpath) to register the elements.
 */
export {BookData} from './elements/book-data/book-data.js';
export {BookCard} from './elements/book-card/book-card.js';
export {BookAbout} from './elements/book-about/book-about.js';
export {BookToc} from './elements/book-toc/book-toc.js';
export {BookFaq} from './elements/book-faq/book-faq.js';
export {BookPraise} from './elements/book-praise/book-praise.js';
export {BookAuthor} from './elements/book-author/book-author.js';
export {BookSeries} from './elements/book-series/book-series.js';
export {BookBuy} from './elements/book-buy/book-buy.js';
export {BookRecommendations} from './elements/book-recommendations/book-recommendations.js';
export {BookPage} from './elements/book-page/book-page.js';
export {NewsletterSignup} from './elements/newsletter-signup/newsletter-signup.js';
export {providers as newsletterProviders} from './newsletter/providers/index.js';
export type {NewsletterProvider, Signup, SignupResult} from './newsletter/signup.js';
export {BookElement} from './elements/book-element/book-element.js';
export {define} from './define.js';
export {bookContext, type BookState, type ProvidedBook} from './context/book-context.js';
export {
  BookDataError,
  limits,
  parseBook,
  parseBookList,
  type Author,
  type Book,
  type BookLink,
  type BookList,
  type Chapter,
  type Cover,
  type Edition,
  type Price,
  type Series,
  type Praise,
  type Sample,
  type Issue,
  type LinkKind,
  type ParseOptions,
  type Question,
} from './format/book.js';
export {bookJsonSchema, bookListJsonSchema, type JsonSchema} from './format/json-schema.js';
export {
  BookLoadError,
  loadBook,
  loadBookByIsbn,
  loadBookList,
  type LoadErrorDetail,
  type LoadErrorKind,
  type LoadOptions,
} from './loading/load-book.js';
export {BookSourceElement} from './loading/book-source-element.js';
export type {
  BookErrorDetail,
  BookFaqToggleDetail,
  BookLinkClickDetail,
  BookLoadDetail,
  BookStoreChangeDetail,
  BookWidgetsEventMap,
  ClickedLink,
  NewsletterDetail,
  NewsletterErrorDetail,
} from './events/events.js';
export {isbn10to13, isbn13to10, normalizeIsbn} from './format/isbn.js';
export type {SourceName} from './sources/source.js';
export {registerTranslation, type Message, type Pack, type Plural, type Strings} from './i18n/translate.js';
export type {Translation} from './i18n/translation.js';
export {baseStrings} from './elements/book-element/book-element.js';
export {linkStrings} from './links/book-links.js';
export {bookCardStrings} from './elements/book-card/book-card.js';
export {bookAboutStrings} from './elements/book-about/book-about.js';
export {bookTocStrings} from './elements/book-toc/book-toc.js';
export {bookFaqStrings} from './elements/book-faq/book-faq.js';
export {bookRecommendationsStrings} from './elements/book-recommendations/book-recommendations.js';
export {bookPraiseStrings} from './elements/book-praise/book-praise.js';
export {bookAuthorStrings} from './elements/book-author/book-author.js';
export {bookSeriesStrings} from './elements/book-series/book-series.js';
export {bookBuyStrings} from './elements/book-buy/book-buy.js';
export {newsletterSignupStrings} from './elements/newsletter-signup/newsletter-signup.js';
export {signupStrings} from './newsletter/signup.js';
