import {css, html} from 'lit';
import {ContextProvider} from '@lit/context';
import {bookContext, type ProvidedBook} from '../../context/book-context.js';
import {BookSource} from '../../loading/book-source.js';
import {BookSourceElement} from '../../loading/book-source-element.js';

/**
 * Loads one book and provides it to every book widget inside it, at any depth (also inside other
 * shadow roots): one request for the whole page section, however many widgets.
 *
 * @summary Loads a book once and shares it with the widgets inside it.
 * @slot - The widgets (and any other content) that use this book.
 * @tag book-data
 */
export class BookData extends BookSourceElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // `display: contents` has no box to observe, so lazy loading watches the children instead.
  private readonly bookSource = new BookSource(this, {lazyTargets: () => [...this.children]});

  private readonly provider = new ContextProvider(this, {context: bookContext});

  override updated() {
    const {state, book, error} = this.bookSource.view;
    const current = this.provider.value;
    const {affiliateAmazon: amazon, affiliateBookshop: bookshop} = this;
    if (
      current?.state !== state ||
      current.book !== book ||
      current.error !== error ||
      current.affiliate?.amazon !== amazon ||
      current.affiliate?.bookshop !== bookshop
    ) {
      const value: ProvidedBook = {state, book, error, retry: this.bookSource.retry, affiliate: {amazon, bookshop}};
      this.provider.setValue(value);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'book-data': BookData;
  }
}
