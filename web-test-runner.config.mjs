import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {browserArgs, findBrowser} from './scripts/find-browser.mjs';
import {fakeEndpoints} from './test/fake-endpoints.mjs';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'})],
  // Real HTTP for the real loader: status codes, delays, broken bodies and request counts.
  middleware: [fakeEndpoints],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: process.env.CHROME_PATH || findBrowser(), headless: true, args: browserArgs},
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {config: {timeout: 8000}},
};
