import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/all.js';

/**
 * Forced colours (Windows high contrast) drop background gradients and repaint text in the system
 * colours: the skeletons drawn with gradients must keep their bars, and the about skeleton's
 * placeholder words must stay unreadable.
 */
// Skeletons by `.placeholder`, with no request: with requests left hanging on this page (and our
// DevTools session on it), the next test file's page could not start within 30 s.
describe('skeletons in forced colours', () => {
  // Chrome switches forced colours per page; Firefox's run starts this file's browser with them
  // (web-test-runner.config.mjs); WebKit, like Safari, has no forced-colours mode at all.
  let switched = false;
  before(async function () {
    switched = Boolean(await executeServerCommand('forced-colors', {active: true}));
    if (!switched && !matchMedia('(forced-colors: active)').matches) {
      console.log('Skipped: this engine has no forced-colours mode (WebKit, as Safari).');
      this.skip();
    }
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
  });
  after(async () => {
    if (!switched) return;
    await executeServerCommand('forced-colors', {active: false});
    await new Promise((r) => requestAnimationFrame(r));
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours turned off').to.be.false;
  });

  it('keeps the card skeleton’s drawn rows', async () => {
    const el = await fixture<HTMLElement>(html`<book-card .placeholder=${true} style="width: 320px"></book-card>`);
    const skeleton = el.shadowRoot!.querySelector('.card.skeleton')!;
    expect(getComputedStyle(skeleton).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(skeleton, '::after').backgroundImage).to.contain('linear-gradient');
  });

  it('keeps the compact card’s skeleton painted on its base', async () => {
    const el = await fixture<HTMLElement>(
      html`<book-card layout="compact" .placeholder=${true} style="width: 320px"></book-card>`,
    );
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(base).backgroundImage).to.contain('linear-gradient');
  });

  it('keeps the about skeleton’s words transparent over their bars', async () => {
    const el = await fixture<HTMLElement>(html`<book-about .placeholder=${true}></book-about>`);
    const paragraph = el.shadowRoot!.querySelector('.skeleton-text p')!;
    expect(getComputedStyle(paragraph).webkitTextFillColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(paragraph).backgroundImage).to.contain('linear-gradient');
  });
});
