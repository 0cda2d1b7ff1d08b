import {css} from 'lit';

export const newsletterSignupStyles = css`
  /* The form is the surface: a theme colours it instead of the host. */
  :host([theme]) {
    padding: 0;
    background: none;
  }
  :host([theme]) .form {
    background: var(--_surface);
  }
  /* Its words in the reader's language are on their way: the form keeps its place, unseen. */
  .waiting {
    visibility: hidden;
  }
  .form {
    position: relative;
    display: grid;
    gap: 0.75rem;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--book-color-surface, color-mix(in srgb, var(--_accent) 6%, transparent));
  }
  .intro {
    display: grid;
    gap: 0.35rem;
  }
  .heading {
    font-size: 1.3em;
  }
  .text {
    color: var(--_muted);
  }
  /* Narrow: stacked. Wide: one row, the button beside the fields. */
  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    align-items: end;
  }
  @container (min-width: 34rem) {
    .fields {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .fields.with-name {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
    }
  }
  .field {
    display: grid;
    gap: 0.3rem;
    min-width: 0;
  }
  .label {
    font-size: 0.9em;
    font-weight: 600;
  }
  .optional {
    color: var(--_muted);
    font-weight: normal;
  }
  .input {
    width: 100%;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.55em 0.8em;
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--book-color-surface, Field);
    color: inherit;
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: #c62828;
  }
  .button {
    min-height: 2.75rem;
  }
  .consent {
    display: flex;
    align-items: start;
    gap: 0.6rem;
    font-size: 0.9em;
  }
  .consent input {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .field-error,
  .form-error {
    color: light-dark(#b3261e, #ff8a80);
    font-size: 0.9em;
  }
  .field-error:empty,
  .form-error:empty,
  .message:empty {
    display: none;
  }
  .message {
    padding: 0.75rem 1rem;
    border-radius: calc(var(--_radius) * 0.66);
    background: color-mix(in srgb, #2e7d32 14%, transparent);
    font-weight: 600;
  }
  /* Without JavaScript, a form that cannot post as it is says so instead of showing its fields. */
  .no-script {
    display: none;
  }
  @media (scripting: none) {
    .needs-script .no-script {
      display: block;
    }
    .needs-script :is(.fields, .consent) {
      display: none;
    }
  }
  /*
   * Clipped to nothing rather than display:none, so bots see a field; aria-hidden and tabindex keep
   * people out. Not moved off screen: on a right-to-left page that would add a page-wide scroll.
   */
  .trap {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    opacity: 0;
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
