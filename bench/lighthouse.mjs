/**
 * Lighthouse (12.2.3, pinned: 13 needs Node 22) on the demo page, and on the same page without the
 * widgets' script and its preloads (so each widget shows its fallback): performance score, CLS, LCP, TBT.
 */
import lighthouse from 'lighthouse';

/** Runs Lighthouse's performance audit on `url` in the browser puppeteer launched. */
export async function lighthouseRun(browser, url) {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const {lhr} = await lighthouse(url, {port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'seo']});
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    seo: Math.round((lhr.categories.seo.score ?? 0) * 100),
    // What the SEO category found wanting, by audit: the things to fix for a 100.
    seoFailed: Object.values(lhr.audits)
      .filter((a) => lhr.categories.seo.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1)
      .map((a) => a.id),
    cls: audit('cumulative-layout-shift'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
  };
}

/** Koa middleware: /bench/demo-without-widgets serves the demo page with its scripts removed. */
export function demoWithoutWidgets() {
  return async (ctx, next) => {
    if (ctx.path !== '/bench/demo-without-widgets') return next();
    const {readFile} = await import('node:fs/promises');
    const page = await readFile('demo/index.html', 'utf8');
    ctx.type = 'text/html';
    // No scripts, and none of the preloads made for them.
    ctx.body = page
      .replace(/<script\b[^>]*><\/script>/g, '')
      .replace(/<link rel="(module)?preload"[^>]*>/g, '')
      .replace('<head>', '<head><base href="/demo/">');
  };
}
