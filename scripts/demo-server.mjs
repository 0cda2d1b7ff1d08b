/** The demo's HTTP server, shared by `npm start`, the screenshot check and the benchmark. */
import {startDevServer} from '@web/dev-server';
// The machines this runs on have no internet: ISBN requests are answered from recorded answers.
import {fakeSources} from '../test/fake-sources.mjs';

export async function startDemoServer({port = 8000, middleware = []} = {}) {
  return startDevServer({
    config: {
      rootDir: '.',
      port,
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
