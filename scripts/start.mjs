/** `npm start`: builds, then serves the demo at http://localhost:8000 (PORT to change it). */
import {execFileSync} from 'node:child_process';
import {startDemoServer} from './demo-server.mjs';
import {subscribeEndpoint} from '../demo/subscribe-endpoint.mjs';

execFileSync('node', ['scripts/build.mjs'], {stdio: 'inherit'});
const port = Number(process.env.PORT ?? 8000);
await startDemoServer({port, middleware: [subscribeEndpoint()]});
console.log(`\nbook-widgets demo: http://localhost:${port}/\nSignups from the demo form go to demo/.data/subscribers.jsonl. (Ctrl+C to stop)`);
