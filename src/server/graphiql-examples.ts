/**
 * The canonical operations of schema/operations/*.graphql as ready-to-run GraphiQL examples: each operation
 * printed with every fragment it needs (transitively), and variables that work on the embedded simulator's
 * seeded world (whose ids are deterministic: src/simulator/seed/), as alice in project alpha.
 */
import { projectPath } from '../paths';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { projectIdOf } from '../simulator/seed';
import { uuidFrom } from '../simulator/util';

export interface GraphiQLExample {
  /** Operation name, e.g. CopyImage. */
  name: string;
  /** File it comes from, e.g. images. */
  group: string;
  kind: 'query' | 'mutation' | 'subscription';
  query: string;
  variables: Record<string, unknown>;
}

const OPERATIONS_DIR = projectPath('schema', 'operations') + '/';

/** Seeded ids the examples use (alice's project alpha unless said otherwise). */
export const SEEDED = {
  alpha: projectIdOf('alpha'),
  beta: projectIdOf('beta'),
  /** alpha-web-prod: private, tagged env=prod, app=nginx, web. */
  alphaWebProd: uuidFrom('image:alpha:web-prod'),
  /** alpha-web-staging: private, active, copyable and exportable. */
  alphaWebStaging: uuidFrom('image:alpha:web-staging'),
  /** alpha-shared-with-beta-accepted. */
  alphaSharedAccepted: uuidFrom('image:alpha:shared-accepted'),
  /** alpha-shared-with-beta-pending: used by no other example, so deactivating it disturbs none. */
  alphaSharedPending: uuidFrom('image:alpha:shared-pending'),
  /** beta-shared-with-alpha-pending: alpha may accept it. */
  betaSharedPending: uuidFrom('image:beta:shared-pending'),
  ecsWeb01: uuidFrom('server:ecs-web-01'),
  cbrBackup: uuidFrom('backup:cbr-app-02-weekly'),
  /** A well-formed id that exists nowhere: its lookup shows the NOT_FOUND branch. */
  missingImage: '00000000-0000-4000-8000-000000000000',
};

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const JOB_HINT = '<jobId from a mutation result, e.g. CopyImage>';

const VARIABLES: Record<string, Record<string, unknown>> = {
  ListImages: { first: 5, filter: { imageType: 'GOLD', platform: 'UBUNTU' }, sort: { key: 'NAME', direction: 'ASC' } },
  ListImagesBackwards: { last: 5 },
  GetImage: { id: SEEDED.alphaWebProd },
  RegionImages: { region: 'cn-east-3', filter: { imageType: 'GOLD' }, first: 5 },
  LegacyImages: { filter: { status: 'ACTIVE' } },
  LegacyImageMetadata: { id: SEEDED.alphaWebProd },
  CreateImageFromServer: { input: { name: 'from-ecs-web-01', serverId: SEEDED.ecsWeb01, description: 'From ecs-web-01', tags: [{ key: 'source', value: 'ecs' }] } },
  CreateImagesFromServerDataDisks: { input: { dataDisks: [{ name: 'web-01-logs', volumeId: uuidFrom('volume:ecs-web-01-logs') }] } },
  CreateImageFromFile: { input: { name: 'from-obs', imageUrl: 'ims-image:centos70.qcow2', minDiskGb: 40, osVersion: 'CentOS 7.0 64bit' } },
  CreateImageFromDataDisk: { input: { name: 'from-data-disk', volumeId: uuidFrom('volume:vol-with-os'), osVersion: 'Ubuntu 20.04 server 64bit' } },
  QuickImportImage: { input: { name: 'quick-import', imageUrl: 'ims-image:centos70.zvhd2', osVersion: 'CentOS 7.0 64bit', minDiskGb: 40, serverType: 'ECS' } },
  CreateDataImageFromFile: { input: { name: 'data-disk-image', imageUrl: 'image-test:fedora_data1.qcow2', minDiskGb: 40, osType: 'LINUX' } },
  CreateWholeImage: { input: { name: 'whole-image', backupId: SEEDED.cbrBackup, backupType: 'CBR' } },
  CreateImageMetadata: { input: { name: 'my-disk', diskFormat: 'QCOW2', minDiskGb: 40 } },
  UploadImageFile: { imageId: '<imageId from CreateImageMetadata>', file: null },
  RegisterImage: { imageId: '<imageId from CreateImageMetadata>', imageUrl: 'ims-image:ubuntu2004.vmdk' },
  UpdateImage: { input: { imageId: SEEDED.alphaWebProd, minRamMb: 2048 } },
  DeleteImage: { imageId: SEEDED.missingImage },
  LegacyDeleteImage: { imageId: SEEDED.missingImage },
  DeactivateImage: { imageId: SEEDED.alphaSharedPending },
  ReactivateImage: { imageId: SEEDED.alphaSharedPending },
  ExportImage: { input: { imageId: SEEDED.alphaWebStaging, bucketUrl: 'ims-image:web-staging-export.qcow2', fileFormat: 'QCOW2' } },
  CopyImage: { input: { imageId: SEEDED.alphaWebStaging, name: 'web-staging-copy', description: 'Copy of alpha-web-staging' } },
  CopyImageToRegion: { input: { imageId: SEEDED.alphaWebStaging, name: 'web-staging-east', region: 'cn-east-3', projectName: 'cn-east-3_alpha', agencyName: 'ims_copy_image' } },
  Job: { id: JOB_HINT },
  ImageMembers: { imageId: SEEDED.alphaSharedAccepted },
  ImageMember: { imageId: SEEDED.alphaSharedAccepted, projectId: SEEDED.beta },
  ImageMembersWithType: { imageId: SEEDED.alphaSharedAccepted },
  ImageMemberWithType: { imageId: SEEDED.alphaSharedAccepted, projectId: SEEDED.beta },
  ShareImage: { imageId: SEEDED.alphaWebStaging, projectId: SEEDED.beta },
  AnswerImageShare: { imageId: SEEDED.betaSharedPending, status: 'ACCEPTED' },
  UnshareImage: { imageId: SEEDED.alphaSharedAccepted, projectId: SEEDED.beta },
  ShareImages: { imageIds: [SEEDED.alphaWebStaging], projectIds: [SEEDED.beta] },
  AnswerImageShares: { imageIds: [SEEDED.betaSharedPending], status: 'ACCEPTED' },
  UnshareImages: { imageIds: [SEEDED.alphaSharedAccepted], projectIds: [SEEDED.beta] },
  Node: { id: globalId('Image', SEEDED.alphaWebProd) },
  Nodes: { ids: [globalId('Image', SEEDED.alphaWebProd), 'not-a-global-id'] },
  OsVersions: { tags: ['UEFI'] },
  ApiVersion: { id: 'v2.0' },
  GlanceSchema: { name: 'IMAGE' },
  JobProgress: { id: JOB_HINT },
  JobsProgress: { ids: [JOB_HINT] },
  ImageStatus: { id: SEEDED.alphaWebProd },
  ImageTags: { imageId: SEEDED.alphaWebProd },
  TagsInUse: { filter: { ownerProjectId: SEEDED.alpha } },
  ImagesByTags: { where: { withAll: [{ key: 'env', values: ['prod'] }] }, first: 5, offset: 0 },
  CountImagesByTags: { where: { withAll: [{ key: 'env', values: ['prod'] }] } },
  AddImageTag: { imageId: SEEDED.alphaWebProd, tag: { key: 'team', value: 'web' } },
  SetImageTag: { imageId: SEEDED.alphaWebProd, tag: { key: 'team', value: 'web' } },
  SetImageTags: { imageId: SEEDED.alphaWebProd, tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'web' }] },
  RemoveImageTags: { imageId: SEEDED.alphaWebProd, keys: ['team'] },
  DeleteImageTag: { imageId: SEEDED.alphaWebProd, key: 'team' },
  // env=prod stays: its value is not "staging".
  DeleteImageTags: { imageId: SEEDED.alphaWebProd, tags: [{ key: 'team' }, { key: 'env', value: 'staging' }] },
  AddPlainImageTag: { imageId: SEEDED.alphaWebProd, tag: 'golden' },
  RemovePlainImageTag: { imageId: SEEDED.alphaWebProd, tag: 'golden' },
};

let cached: GraphiQLExample[] | undefined;

export function graphiqlExamples(): GraphiQLExample[] {
  if (cached) return cached;
  // dashboard.graphql holds the dashboard app's own operations; the same capabilities are among the examples.
  const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql') && f !== 'dashboard.graphql').sort();
  const definitions: { group: string; def: DefinitionNode }[] = files.flatMap((f) =>
    parse(readFileSync(OPERATIONS_DIR + f, 'utf8')).definitions.map((def) => ({ group: f.replace(/\.graphql$/, ''), def })),
  );
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { def } of definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const spreadsOf = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  cached = definitions
    .filter((d): d is { group: string; def: OperationDefinitionNode } => d.def.kind === Kind.OPERATION_DEFINITION && !!d.def.name)
    .map(({ group, def }) => {
      const needed = new Set<string>();
      const walk = (names: string[]) => {
        for (const n of names) {
          if (needed.has(n)) continue;
          needed.add(n);
          const f = fragments.get(n);
          if (f) walk(spreadsOf(f));
        }
      };
      walk(spreadsOf(def));
      const query = [def, ...[...needed].map((n) => fragments.get(n)!).filter(Boolean)].map((d) => print(d)).join('\n\n');
      const name = def.name!.value;
      return { name, group, kind: def.operation, query, variables: VARIABLES[name] ?? {} };
    });
  return cached;
}
