import {html} from 'lit';

/** Placeholder words, `length` characters of them: what a skeleton lays out in place of text. */
export const filler = (length: number) =>
  'lorem ipsum dolor sit amet consectetur adipiscing elit '.repeat(1 + length / 55).slice(0, length);

/**
 * An element's own content, rendered from a typical book of `filler` text and drawn as bars
 * (shared styles, `.skeleton-text`): it wraps like the book will, in the page's font, at any width.
 * Hidden from assistive technology and inert: it is not content.
 */
export const skeletonText = (content: unknown) => html`<div class="skeleton-text" aria-hidden="true" inert>${content}</div>`;
