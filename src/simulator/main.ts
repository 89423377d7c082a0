import { startSimulator } from './index';

/** `npm run simulator`: the simulated IAM + IMS + Glance endpoint on its own, for curl and other clients. */
async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.SIM_PORT ?? 4010);
  const jobStepMs = Number(env.SIM_JOB_STEP_MS ?? 1000);
  const extraImages = Number(env.SIM_EXTRA_IMAGES ?? 0);
  if (!Number.isInteger(extraImages) || extraImages < 0) throw new Error(`SIM_EXTRA_IMAGES must be a non-negative integer, got ${env.SIM_EXTRA_IMAGES}`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SIM_PORT must be a port number, got ${env.SIM_PORT}`);
  if (!Number.isFinite(jobStepMs) || jobStepMs <= 0) throw new Error(`SIM_JOB_STEP_MS must be a positive number, got ${env.SIM_JOB_STEP_MS}`);
  const sim = await startSimulator({ host: env.SIM_HOST ?? '127.0.0.1', port, jobStepMs, region: env.SIM_REGION ?? 'cn-north-4', extraImages });
  const lines = [
    `IMS/Glance/IAM simulator listening on ${sim.url}  (region ${env.SIM_REGION ?? 'cn-north-4'}, job step ${jobStepMs} ms)`,
    '',
    'Demo users (domain Default):',
    ...sim.users.map((u) => `  ${u.name.padEnd(6)} password ${u.password.padEnd(6)} project ${u.project.name.padEnd(6)} ${u.project.id}  AK ${u.accessKey}`),
    '',
    'Get a token:',
    `  curl -si -X POST ${sim.url}/v3/auth/tokens -H 'Content-Type: application/json' \\`,
    `    -d '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"alice","password":"alice","domain":{"name":"Default"}}}},"scope":{"project":{"name":"alpha"}}}}' | grep -i x-subject-token`,
    `  curl -s ${sim.url}/v2/images?limit=5 -H "X-Auth-Token: $TOKEN"`,
    '',
    `Control surface: ${sim.url}/_sim/requests, ${sim.url}/_sim/faults, ${sim.url}/_sim/health`,
  ];
  console.log(lines.join('\n'));
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the simulator`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
