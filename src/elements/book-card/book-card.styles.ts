import {css} from 'lit';

export const bookCardStyles = css`
  /* A compact card queries no container: leaving it out saves the browser real layout work when a
     page has hundreds of them (the benchmark's 1,000-card page). */
  :host([layout='compact']) {
    container-type: normal !important;
  }
  .card {
    display: grid;
    gap: var(--_space);
    align-items: start;
    --_cover: var(--book-cover-width, 200px);
  }
  :host([layout='horizontal']) .card {
    --_cover: var(--book-cover-width, 180px);
    grid-template-columns: var(--_cover) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
  }
  /* A compact card is at least as tall as its skeleton (a title on two lines, authors, year, a
     button), so that the cards of a list keep their rows and nothing under them moves on arrival. */
  :host([layout='compact']) {
    --_compact-height: 8.6em;
  }
  :host([layout='compact']) .card {
    --_cover: var(--book-cover-width, 64px);
    grid-template-columns: var(--_cover) minmax(0, 1fr);
    gap: 0.75rem;
    min-height: var(--_compact-height);
  }
  /* A horizontal card in a narrow column stacks like a vertical one. */
  @container (max-width: 30rem) {
    :host([layout='horizontal']) .card {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .cover,
  .skeleton::before {
    position: relative;
    width: 100%;
    max-width: var(--_cover);
    aspect-ratio: 2 / 3;
    border-radius: calc(var(--_radius) * 0.5);
    overflow: hidden;
    background: var(--_skeleton);
    box-shadow:
      0 1px 2px rgb(0 0 0 / 0.12),
      0 8px 24px -8px rgb(0 0 0 / 0.3);
  }
  :host([layout='compact']) .cover {
    border-radius: 4px;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  }
  .cover img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    height: 100%;
    padding: 12%;
    color: #fff;
    font-weight: 700;
    line-height: 1.2;
    overflow: hidden;
    overflow-wrap: anywhere;
    background: linear-gradient(160deg, var(--_ph1), var(--_ph2));
  }
  .placeholder-author {
    font-size: 0.8em;
    font-weight: 500;
    opacity: 0.85;
  }
  :host([layout='compact']) .placeholder {
    padding: 8%;
    font-size: 0.5em;
  }
  .hue-0 {
    --_ph1: #1e3a8a;
    --_ph2: #3b82f6;
  }
  .hue-1 {
    --_ph1: #7c2d12;
    --_ph2: #ea580c;
  }
  .hue-2 {
    --_ph1: #14532d;
    --_ph2: #22a06b;
  }
  .hue-3 {
    --_ph1: #4c1d95;
    --_ph2: #8b5cf6;
  }
  .hue-4 {
    --_ph1: #831843;
    --_ph2: #e0457b;
  }
  .hue-5 {
    --_ph1: #134e4a;
    --_ph2: #0ea5a4;
  }

  .badges {
    position: absolute;
    top: 0.6rem;
    inset-inline-start: 0.6rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    padding: 0.15em 0.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.72em;
    font-weight: 700;
    letter-spacing: 0.02em;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
  }

  .body {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_accent-text);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .heading {
    font-size: 1.35em;
  }
  :host([layout='horizontal']) .heading {
    font-size: clamp(1.4em, 4cqi, 2em);
  }
  :host([layout='compact']) .heading {
    font-size: 1em;
  }
  .heading a {
    color: inherit;
    text-decoration: none;
  }
  .heading a:hover {
    text-decoration: underline;
  }
  .subtitle {
    margin: 0;
    font-size: 1.05em;
    color: var(--_muted);
  }
  .authors {
    margin: 0;
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .meta span + span::before {
    content: '·';
    margin-inline-end: 0.5em;
  }
  .series {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }
  .preorder {
    margin: 0;
    color: var(--_accent-text);
    font-size: 0.9em;
    font-weight: 600;
  }
  .tagline {
    margin: 0.4rem 0 0;
    font-style: italic;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  /* In a narrow card, buttons share the rows instead of wrapping their own labels. */
  .links .button {
    flex: 1 1 auto;
    white-space: nowrap;
  }
  @container (min-width: 30rem) {
    .links .button {
      flex: none;
    }
  }
  :host([layout='compact']) .links {
    margin-top: 0.25rem;
  }
  :host([layout='compact']) .links .button {
    flex: none;
    min-height: 2rem;
    padding: 0.3em 0.8em;
    font-size: 0.85em;
  }
  .disclosure {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.8em;
  }
  /* The skeleton is one element in the card's grid: ::before is the cover (styled with .cover),
     ::after the text as drawn rows: category, title, subtitle, authors, meta, tagline, and the
     buttons at its foot. Its height follows the column, as the text wraps: the demo book's. */
  /* One bar of skeleton colour, for both skeletons' drawn rows. */
  .base {
    --_row: linear-gradient(var(--_skeleton) 0 0);
  }
  /* Cards come by the dozen or the thousand, and a pulse is an animation each: 1,000 pulsing
     skeletons cost about a tenth of the page's main-thread work (bench A/B). Theirs stays still. */
  .card.skeleton {
    animation: none;
    background: none;
    border-radius: 0;
  }
  /* Forced colours drop gradients: skeletons keep theirs, in GrayText (shared styles). */
  .card.skeleton,
  :host([layout='compact']) .base[aria-busy='true'] {
    forced-color-adjust: none;
  }
  .skeleton::before {
    content: '';
  }
  .skeleton::after {
    content: '';
    height: var(--_text, 14.5em);
    background:
      var(--_row) 0 0.2em / 35% 0.8em,
      var(--_row) 0 1.9em / 85% 1.5em,
      var(--_row) 0 4.4em / 100% 0.9em,
      var(--_row) 0 6.2em / 55% 0.9em,
      var(--_row) 0 8em / 45% 0.9em,
      var(--_row) 0 9.8em / 100% 0.9em,
      var(--_row) 0 100% / 9em 2.5rem;
    background-repeat: no-repeat;
  }
  :host([layout='horizontal']) .card {
    --_text: 17em;
  }
  @container (max-width: 60rem) {
    :host([layout='horizontal']) .card {
      --_text: 22.5em;
    }
  }
  @container (max-width: 35rem) {
    .card {
      --_text: 20.5em;
    }
    :host([layout='horizontal']) .card {
      --_text: 27em;
    }
  }
  @container (max-width: 30rem) {
    .card,
    :host([layout='horizontal']) .card {
      --_text: 25em;
    }
  }
  /* A loading compact card is its base alone: the cover (64 × 96) and the rows beside it (title,
     two short rows, a small button) painted as backgrounds, mirrored on right-to-left pages. */
  :host([layout='compact']) .base[aria-busy='true'] {
    --_c: var(--book-cover-width, 64px);
    --_x: calc(var(--_c) + 0.75rem);
    height: var(--_compact-height);
    background:
      var(--_row) 0 0 / var(--_c) calc(var(--_c) * 1.5),
      var(--_row) var(--_x) 0.2em / calc((100% - var(--_x)) * 0.85) 1.3em,
      var(--_row) var(--_x) 2.3em / calc((100% - var(--_x)) * 0.55) 0.9em,
      var(--_row) var(--_x) 4em / calc((100% - var(--_x)) * 0.45) 0.9em,
      var(--_row) var(--_x) 5.8em / 7em 2rem;
    background-repeat: no-repeat;
  }
  :host([layout='compact']) .base[aria-busy='true']:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
