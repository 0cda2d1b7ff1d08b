/** `npm start`: builds, then serves the demo at http://localhost:8000 (PORT to change it). */
import {execFileSync} from 'node:child_process';
import {startDevServer} from '@web/dev-server';

execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: 'localhost',
    middleware: [
      (ctx, next) => {
        if (ctx.path === '/') ctx.redirect('/demo/');
        else return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nbook-widgets demo: http://localhost:${port}/\n(Ctrl+C to stop)`);
