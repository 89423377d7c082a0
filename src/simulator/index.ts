import { defaultAkSkVerifier, type AkSkVerifierHook } from './auth/hook';
import { registerGlance } from './glance';
import { registerGlanceExtra } from './glance/extra';
import { registerImsSdk } from './ims-sdk';
import { registerIam } from './iam';
import { registerIms, registerImsRegionList } from './ims';
import { registerImsAsync } from './ims-async';
import { registerJobRoutes } from './jobs';
import type { DemoUser } from './model';
import { Router } from './router';
import { seed } from './seed';
import { SimServer } from './server';
import { SimState } from './state';

export type { DemoUser } from './model';
export type { AkSkVerifierHook } from './auth/hook';

export interface SimulatorOptions {
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** Duration of one job step (INIT → RUNNING … → SUCCESS takes 5 steps). Default 1000 ms. */
  jobStepMs?: number;
  /** The region this endpoint serves. Default `cn-north-4`. */
  region?: string;
  /** Clock in ms since the epoch; inject one to drive jobs and token expiry from tests. */
  now?: () => number;
  /**
   * Verifier of `SDK-HMAC-SHA256` signed requests. Default: the simulator's own (./auth/aksk.ts); `null`
   * refuses every signed request with 401.
   */
  akskVerifier?: AkSkVerifierHook | null;
  /** N more private images in each demo project, outside the quota (benchmarks of long lists). Default 0. */
  extraImages?: number;
}

export interface RunningSimulator {
  url: string;
  port: number;
  close(): Promise<void>;
  users: DemoUser[];
  projects: { id: string; name: string }[];
}

function buildRouter(): Router {
  const router = new Router();
  registerIam(router);
  registerJobRoutes(router);
  registerIms(router);
  registerImsAsync(router);
  registerImsSdk(router);
  registerGlanceExtra(router);
  registerGlance(router);
  registerImsRegionList(router);
  return router;
}

export async function startSimulator(opts: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = opts.host ?? '127.0.0.1';
  const state = new SimState({ region: opts.region ?? 'cn-north-4', jobStepMs: opts.jobStepMs ?? 1000, now: opts.now ?? Date.now });
  seed(state, { extraImages: opts.extraImages ?? 0 });
  const server = new SimServer({ state, router: buildRouter(), aksk: opts.akskVerifier === undefined ? defaultAkSkVerifier : opts.akskVerifier });
  const port = await server.listen(host, opts.port ?? 0);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.baseUrl = url;
  const homeProjects = [...state.projects.values()].filter((p) => p.region === state.region);
  return {
    url,
    port,
    close: async () => {
      await server.close();
      state.store.close();
    },
    users: state.users.map((u) => ({ ...u, domain: { ...u.domain }, project: { ...u.project } })),
    projects: homeProjects.map((p) => ({ id: p.id, name: p.name })),
  };
}
