/**
 * Its own page: the widgets are defined and in the DOM before <book-data> is defined, as when the
 * provider's script arrives last.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {demoBook, type TestBook} from '../../../test/test-book.js';
import '../../../test/test-book.js';

describe('<book-data> defined after its widgets', () => {
  it('still reaches widgets that asked for a book before it existed', async () => {
    const box = await fixture(
      html`<div>
        <book-data src=${demoBook}
          ><div><test-book></test-book></div
        ></book-data>
      </div>`,
    );
    const widget = box.querySelector('test-book') as TestBook;
    await new Promise((r) => setTimeout(r, 100));
    expect(widget.state, 'waits for its provider instead of failing').to.equal('loading');
    await import('./define.js');
    await waitUntil(() => widget.state === 'ready', 'the late provider never reached the widget');
    expect(widget.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Designing Machine Learning Systems');
  });
});
