/**
 * The package's main entry: classes, the format and the loader, without defining any tag.
 * Import `book-widgets/all.js` (or one element's subpath) to register the elements.
 */
export {BookData} from './elements/book-data/book-data.js';
export {BookElement} from './elements/book-element/book-element.js';
export {define} from './define.js';
export {bookContext, type BookState, type ProvidedBook} from './context/book-context.js';
export {
  BookDataError,
  bookJsonSchema,
  bookListJsonSchema,
  parseBook,
  parseBookList,
  type Author,
  type Book,
  type BookLink,
  type BookList,
  type Chapter,
  type Cover,
  type Issue,
  type LinkKind,
  type ParseOptions,
  type Question,
} from './format/book.js';
export {BookLoadError, loadBook, loadBookList, type LoadErrorDetail, type LoadErrorKind, type LoadOptions} from './loading/load-book.js';
