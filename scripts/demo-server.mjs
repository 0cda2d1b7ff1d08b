/** The demo's HTTP server, shared by `npm start`, the screenshot check and the benchmark. */
import {startDevServer} from '@web/dev-server';
// The machines this runs on have no internet: ISBN requests are answered from recorded answers.
import {fakeSources} from '../test/fake-sources.mjs';

export async function startDemoServer({port = 8000, middleware = [], http2 = false} = {}) {
  return startDevServer({
    config: {
      rootDir: '.',
      port,
      // HTTP/2 over TLS with the dev server's own self-signed certificate (the benchmark's CDN-like case).
      http2,
      // Bare imports resolved, for the test pages that load another Lit next to ours.
      nodeResolve: true,
      hostname: 'localhost',
      middleware: [
        (ctx, next) => {
          if (ctx.path === '/') ctx.redirect('/demo/');
          else return next();
        },
        fakeSources,
        ...middleware,
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
