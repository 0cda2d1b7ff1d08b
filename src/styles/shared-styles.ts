/**
 * Styles every book widget shares: the theme tokens (the README's `--book-*` custom properties), a
 * reset against inherited host-page styles, skeletons, buttons, focus and the error block.
 *
 * With no `theme` attribute a widget takes the page's own text colour and font and paints no
 * background, so it sits in any light or dark site as if written there. `theme="light" | "dark"`
 * paints its own surface; `"auto"` follows `prefers-color-scheme`.
 */
import {css} from 'lit';

export const sharedStyles = css`
  /*
   * !important only where the page's own resets (\`* { all: unset }\`) would otherwise break the
   * layout: the host's box and its container. Hide a widget with the hidden attribute.
   */
  :host {
    display: block !important;
    box-sizing: border-box;
    container-type: inline-size !important;
    /* With --book-color-text unset, color is invalid at computed time and so inherits the page's. */
    color: var(--book-color-text);
    font-family: var(--book-font-family, inherit);
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    --_muted: var(--book-color-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_surface: var(--book-color-surface, transparent);
    --_border: var(--book-color-border, color-mix(in srgb, currentColor 16%, transparent));
    --_accent: var(--book-color-accent, #3056d3);
    --_on-accent: var(--book-color-on-accent, #fff);
    /* Accent as text: moved toward the text colour, so it stays readable on dark pages too. */
    --_accent-text: color-mix(in srgb, var(--_accent) 78%, currentColor);
    --_radius: var(--book-radius, 12px);
    --_space: var(--book-space, 1rem);
    --_skeleton: color-mix(in srgb, currentColor 10%, transparent);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* A theme paints its own surface; light-dark() picks by the color-scheme each theme sets. */
  :host([theme]) {
    color: var(--book-color-text, light-dark(#1b2130, #e8ebf2));
    --_surface: var(--book-color-surface, light-dark(#ffffff, #151922));
    --_muted: var(--book-color-muted, light-dark(#596275, #a4acbd));
    --_border: var(--book-color-border, light-dark(#dfe3ea, #2c3342));
    --_accent: var(--book-color-accent, light-dark(#3056d3, #8aa4ff));
    --_on-accent: var(--book-color-on-accent, light-dark(#ffffff, #0d1220));
    background: var(--_surface);
    color-scheme: light;
    /* A widget that paints its own surface keeps its content off the edges. */
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }

  /* Set here, not inherited from the host: a page's reset can change the host's box-sizing. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* Contains the absolutely placed visually-hidden texts, so they never widen a scroller or page. */
  .base {
    position: relative;
    display: grid;
    gap: var(--_space);
  }
  /*
   * Each paragraph in its own direction, from its first letter: a book's English text in an Arabic
   * widget (or Hebrew in an English one) keeps its punctuation where it belongs.
   */
  :is(p, h1, h2, h3, h4, h5, h6, summary, blockquote, .answer) {
    unicode-bidi: plaintext;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .heading {
    margin: 0;
    font-family: inherit;
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.01em;
    color: inherit;
    text-wrap: balance;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent-text);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.5rem;
    padding: 0.5em 1.1em;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent-text);
  }
  .button:hover {
    filter: brightness(1.08);
  }
  .button[disabled] {
    cursor: default;
    opacity: 0.6;
  }

  .skeleton {
    display: block;
    border-radius: 6px;
    background: var(--_skeleton);
    animation: book-pulse 1.6s ease-in-out infinite;
  }
  .skeleton-line {
    height: 0.9em;
    margin: 0.5em 0;
  }
  .skeleton-line.short {
    width: 60%;
  }
  .skeleton-heading {
    height: 1.45em;
    width: 40%;
    margin: 0.1em 0;
    font-size: 1.45em;
  }
  /* skeletonText(): an element's own content in filler words, each line of text drawn as a bar. */
  .skeleton-text {
    display: grid;
    gap: inherit;
    animation: book-pulse 1.6s ease-in-out infinite;
    /* Forced colours would paint the placeholder words: keep them transparent, the bars GrayText. */
    forced-color-adjust: none;
  }
  /* Page styles on the parts must not make the words readable either. The glyphs, not the colour,
     go transparent: the bars' colour is mixed from currentColor. */
  .skeleton-text :is(p, li, .heading, summary, .answer) {
    -webkit-text-fill-color: transparent !important;
    background: linear-gradient(transparent 20%, var(--_skeleton) 0 80%, transparent 0) content-box 0 0 / 100% 1lh;
  }
  .skeleton-text .heading {
    width: fit-content;
  }
  .skeleton-text li::before {
    background: var(--_skeleton);
  }
  @keyframes book-pulse {
    50% {
      opacity: 0.55;
    }
  }

  .error {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .error-message {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    /* Skeletons in GrayText: as a background, and in the gradients of those that keep their
       colours (forced-color-adjust: none). */
    :host {
      --_skeleton: GrayText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
