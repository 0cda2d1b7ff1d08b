/** The demo's HTTP server, shared by `npm start`, the screenshot check and the benchmark. */
import {startDevServer} from '@web/dev-server';

export async function startDemoServer({port = 8000, middleware = []} = {}) {
  return startDevServer({
    config: {
      rootDir: '.',
      port,
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
