/** The demo's HTTP server, shared by `npm start`, the screenshot check and the benchmark. */
import {startDevServer} from '@web/dev-server';

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
        ...middleware,
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}
