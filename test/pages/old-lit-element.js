// A page's own element built with Lit 2, loaded next to the widgets (which bundle Lit 3).
import {LitElement, html} from 'lit-2';

class OldLitGreeting extends LitElement {
  render() {
    return html`<p>Hello from Lit 2</p>`;
  }
}
customElements.define('old-lit-greeting', OldLitGreeting);
