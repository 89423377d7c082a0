/**
 * A gateway over the embedded simulator in a process of its own, so that its memory is measured apart from
 * the test's (which generates and hashes the upload). Started by upload.test.ts as
 * `node --import tsx upload-gateway.process.ts`; extra configuration comes as JSON in GATEWAY_ENV.
 *
 * stdout: one JSON line once listening ({ graphqlUrl, simUrl, token }), then one JSON line per `mem` line
 * read on stdin: { rss, maxRss } in bytes (maxRss is the peak resident set since the process started).
 */
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config';
import { startGateway } from '../../src/server/start';

const env = JSON.parse(process.env.GATEWAY_ENV ?? '{}') as Record<string, string>;
const gateway = await startGateway(loadConfig({ PORT: '0', SIM_PORT: '0', LOG_LEVEL: 'silent', ...env }));

const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
say({ graphqlUrl: gateway.graphqlUrl, simUrl: gateway.simulator!.url, token: gateway.demoToken });

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'mem') say({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
});
// The test closing stdin (or dying) ends the gateway.
lines.on('close', () => {
  void gateway.close().finally(() => process.exit(0));
});
