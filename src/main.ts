/**
 * Composition root: config → upstreams (starting the embedded simulator when asked) → job watchers →
 * yoga + graphql-ws on one node:http server → listen. SIGINT/SIGTERM stop it gracefully.
 */
import { ConfigError, loadConfig } from './config';
import { startGateway } from './server/start';
import { dashboardBundle } from './dashboard/bundle';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const gateway = await startGateway(config);
  console.log(gateway.banner());
  // Bundle the dashboard now, not on its first request (tests skip this: they build it only when they use it).
  if (config.dashboard) dashboardBundle().catch((e: Error) => console.error(`The dashboard could not be bundled: ${e.message}`));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: closing connections…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await gateway.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
