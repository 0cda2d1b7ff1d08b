/**
 * `npm start`: builds, then serves the demo at http://localhost:8000 (PORT to change it). It listens
 * on loopback only; HOST=0.0.0.0 (or an address) shows it to other machines, on purpose.
 */
import {execFileSync} from 'node:child_process';
import {startDemoServer} from './demo-server.mjs';
import {subscribeEndpoint} from '../demo/subscribe-endpoint.mjs';

execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
await startDemoServer({port, host, middleware: [subscribeEndpoint()]});
const shown = host === '127.0.0.1' ? 'localhost' : host;
console.log(
  `\nbook-widgets demo: http://${shown}:${port}/\nSignups from the demo form go to demo/.data/subscribers.jsonl. (Ctrl+C to stop)`,
);
