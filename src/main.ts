/**
 * Composition root: config → upstreams (starting the embedded simulator when asked) → job watchers →
 * yoga + graphql-ws on one node:http server → listen. SIGINT/SIGTERM stop it gracefully.
 */
import { ConfigError, loadConfig } from './config';
import { helpText } from './cli';
import { PortInUseError } from './server/listen-errors';
import { startGateway } from './server/start';
import { dashboardAssets } from './server/dashboard';

async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(helpText());
    return;
  }
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
  let gateway;
  try {
    gateway = await startGateway(config);
  } catch (e) {
    if (e instanceof PortInUseError) {
      console.error(e.message);
      process.exit(3);
    }
    throw e;
  }
  gateway.ops.flushLogs(); // the lines logged while starting come before the banner
  console.log(gateway.banner());
  // Bundle the dashboard now, not on its first request (tests skip this: they build it only when they use it).
  if (config.dashboard) dashboardAssets().catch((e: Error) => console.error(`The dashboard could not be bundled: ${e.message}`));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.ops.log.info({ signal, graceMs: config.shutdownGraceMs }, `${signal} received: draining`);
    // Past the grace period plus time to close the upstream pools, something hangs: exit non-zero.
    const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000);
    force.unref();
    await gateway.shutdown(config.shutdownGraceMs);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
