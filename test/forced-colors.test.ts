import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/all.js';

/**
 * Forced colours (Windows high contrast) drop background gradients and repaint text in the system
 * colours: the skeletons drawn with gradients must keep their bars, and the about skeleton's
 * placeholder words must stay unreadable.
 */
describe('skeletons in forced colours', () => {
  before(async () => {
    await executeServerCommand('forced-colors', {active: true});
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
  });
  after(() => executeServerCommand('forced-colors', {active: false}));

  it('keeps the card skeleton’s drawn rows', async () => {
    const el = await fixture<HTMLElement>(html`<book-card loading="eager" style="width: 320px" src="/fake/hang/forced-card.json"></book-card>`);
    const skeleton = el.shadowRoot!.querySelector('.card.skeleton')!;
    expect(getComputedStyle(skeleton).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(skeleton, '::after').backgroundImage).to.contain('linear-gradient');
  });

  it('keeps the compact card’s skeleton painted on its base', async () => {
    const el = await fixture<HTMLElement>(html`<book-card layout="compact" loading="eager" style="width: 320px" src="/fake/hang/forced-compact.json"></book-card>`);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle(base).backgroundImage).to.contain('linear-gradient');
  });

  it('keeps the about skeleton’s words transparent over their bars', async () => {
    const el = await fixture<HTMLElement>(html`<book-about loading="eager" src="/fake/hang/forced-about.json"></book-about>`);
    const paragraph = el.shadowRoot!.querySelector('.skeleton-text p')!;
    expect(getComputedStyle(paragraph).webkitTextFillColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(paragraph).backgroundImage).to.contain('linear-gradient');
  });
});
