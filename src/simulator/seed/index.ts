import type { DemoUser } from '../model';
import type { SimState } from '../state';
import { md5Hex } from '../util';
import { ALL_REGIONS, DEMO, DOMAIN, projectIdOf } from './accounts';
import { seedExtraImages, seedPrivateImages, seedPublicImages } from './images';
import { buildWorld } from './world';

export { ALL_REGIONS, DOMAIN, PUBLIC_OWNER, projectIdOf } from './accounts';

/**
 * The deterministic demo world: same ids on every start. Project ids are md5 of the project name (32 hex), image
 * ids are v4-shaped UUIDs derived from a stable name.
 */

export function seed(state: SimState, opts: { extraImages?: number } = {}): void {
  const home = state.region;
  const regions = [home, ...ALL_REGIONS.filter((r) => r !== home)];

  for (const d of DEMO) {
    const id = projectIdOf(d.project);
    state.projects.set(id, { id, name: d.project, region: home, domainId: DOMAIN.id, description: d.description });
    // Huawei names a project in another region `<region>_<name>`; cross-region copies land there.
    for (const r of regions.slice(1)) {
      const sub = `${r}_${d.project}`;
      state.projects.set(projectIdOf(sub), { id: projectIdOf(sub), name: sub, region: r, domainId: DOMAIN.id, description: '' });
    }
    const user: DemoUser = {
      id: md5Hex(`user:${d.user}`),
      name: d.user,
      password: d.user,
      domain: { ...DOMAIN },
      project: { id, name: d.project },
      accessKey: `SIM${md5Hex(`ak:${d.user}`).slice(0, 17).toUpperCase()}`,
      secretKey: `${md5Hex(`sk:${d.user}`)}${md5Hex(`sk2:${d.user}`).slice(0, 8)}`,
    };
    state.users.push(user);
  }

  state.world = buildWorld(regions);
  seedPublicImages(state, regions);
  seedPrivateImages(state);
  if (opts.extraImages) seedExtraImages(state, opts.extraImages);
}
