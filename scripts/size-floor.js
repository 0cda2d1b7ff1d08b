// The floor for `npm run size`: the smallest useful Lit element, bundled like the embed.
import {LitElement, css, html} from 'lit';
import {property} from 'lit/decorators.js';

class FloorElement extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  static properties = {name: {}};
  render() {
    return html`<p>${this.name}</p>`;
  }
}
customElements.define('floor-element', FloorElement);
export {property};
