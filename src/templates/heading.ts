import {html} from 'lit';

/**
 * A real h1–h6 at the given level (clamped; 2 when unset), so every element's headings fit the
 * outline of the page they are placed in. Static tags keep each template cheap; the level picks one.
 */
export function heading(level: number, content: unknown, part = 'heading') {
  switch (Math.min(6, Math.max(1, Math.round(level || 2)))) {
    case 1:
      return html`<h1 part=${part} class="heading">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading">${content}</h5>`;
    default:
      return html`<h6 part=${part} class="heading">${content}</h6>`;
  }
}
