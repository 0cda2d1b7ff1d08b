import {css} from 'lit';

export const bookBuyStyles = css`
  .base {
    gap: calc(var(--_space) * 0.85);
  }
  .formats {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
    gap: 0.5rem;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.4rem;
    padding: 0;
    font-weight: 600;
  }
  /* Each format a tile: the radio, its name, its price and a note, the whole tile a hit target. */
  .format {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: baseline;
    /* Tiles of a row share its height; their lines stay at the top, level with each other. */
    align-content: start;
    column-gap: 0.5rem;
    padding: 0.6rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.66);
    cursor: pointer;
  }
  .format:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .format:has(:focus-visible) {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .format input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .format input:focus-visible {
    outline: none;
  }
  .format .price,
  .format .note {
    grid-column: 2;
  }
  .name {
    font-weight: 600;
  }
  .single {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: baseline;
  }
  .price {
    font-variant-numeric: tabular-nums;
  }
  .note,
  .details,
  .store,
  .also {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .details span + span::before {
    content: ' · ';
  }
  .status {
    font-weight: 600;
    color: var(--_accent-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .also ul {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .also li {
    display: inline;
  }
  .also li + li::before {
    content: ' · ';
  }
  #also::after {
    content: ': ';
  }
  .store {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  select {
    max-width: 100%;
    min-height: 2rem;
    padding: 0.2rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  option {
    background: Canvas;
    color: CanvasText;
  }
  /* The sample's dialog is in the top layer, over the page: it takes an opaque surface. */
  dialog {
    width: min(42rem, calc(100vw - 2rem));
    max-height: min(80vh, 48rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--book-color-surface, Canvas);
    color: var(--book-color-text, CanvasText);
  }
  /* Canvas and CanvasText go together, whatever the page's colours; a theme has its own pair. */
  :host([theme]) dialog {
    background: var(--_surface);
    color: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .excerpt {
    display: grid;
    gap: 0.9em;
    line-height: 1.65;
  }
  .skeleton-text .button {
    background: var(--_skeleton);
    border-color: transparent;
    color: transparent;
  }
`;
