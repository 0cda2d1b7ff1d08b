/**
 * The demo's HTTP server, shared by `npm start`, the screenshot check and the benchmark.
 *
 * It serves only the folders a page of it needs (`serve`), never a path with a dot-segment
 * (`.git/`, `demo/.data/` with the readers' e-mails), and listens on loopback unless `host` says
 * otherwise: a demo server is not for the network it happens to be on.
 */
import {startDevServer} from '@web/dev-server';
// The machines this runs on have no internet: ISBN requests are answered from recorded answers.
import {fakeSources} from '../test/fake-sources.mjs';
import {prerenderedDemoPage} from './render-cli.mjs';

/** What `npm start` serves: the demo pages, the built library and the schemas. */
export const demoFolders = ['/demo/', '/dist/', '/schema/'];

/** May a file at this URL path be served? Only inside `folders`, and no segment starting with a dot. */
export const servable = (path, folders = demoFolders) =>
  folders.some((folder) => path.startsWith(folder)) &&
  // A backslash is a separator on Windows: `x\..\.data` must not pass as one harmless segment.
  !path.split(/[\\/]/).some((segment) => segment.startsWith('.'));

export async function startDemoServer({
  port = 8000,
  middleware = [],
  http2 = false,
  serve = demoFolders,
  host = '127.0.0.1',
} = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port,
      // HTTP/2 over TLS with the dev server's own self-signed certificate (the benchmark's CDN-like case).
      http2,
      // Bare imports resolved, for the test pages that load another Lit next to ours.
      nodeResolve: true,
      // The dev server listens on every interface for "localhost"; with no hostname it does not
      // listen at all, and this function listens on `host` itself, below.
      hostname: undefined,
      middleware: [
        (ctx, next) => {
          if (ctx.path === '/') ctx.redirect('/demo/');
          else return next();
        },
        fakeSources,
        // The demo book's page pre-rendered (`book-widgets render`): its content in the HTML.
        async (ctx, next) => {
          if (ctx.path !== '/demo/prerendered.html') return next();
          ctx.type = 'text/html';
          ctx.body = await prerenderedDemoPage(`${ctx.protocol}://${ctx.host}`, {script: !('no-script' in ctx.query)});
        },
        ...middleware,
        // Last: what no middleware answered is a file, and only some files are served.
        (ctx, next) => {
          let path;
          try {
            path = decodeURIComponent(ctx.path);
          } catch {
            path = '/.';
          }
          if (servable(path, serve)) return next();
          ctx.status = 404;
          ctx.body = 'Not found';
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.server.listen({port, host}, resolve);
  });
  return server;
}
