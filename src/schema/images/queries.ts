/**
 * images (Relay connection over marker pagination) and image(id).
 */
import { z } from 'zod';
import type { Image, ImageListFilter, ImsImageListFilter, ImageSortKey, SortDir } from '../../upstream/domain';
import { toGraphQLError } from '../../context/errors';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { ValidationError } from '../../context/error-classes';
import {
  ComparisonOpEnum,
  ContainerFormatEnum,
  DiskFormatEnum,
  ImageSortKeyEnum,
  ImageStatusEnum,
  filterStatus,
  knownStatusFilter,
  ImageTypeEnum,
  ImageVisibilityEnum,
  MemberStatusEnum,
  OsTypeEnum,
  PlatformEnum,
  SortDirectionEnum,
  VirtualEnvTypeEnum,
} from './enums';
import { ImageRef } from './types';

export const MAX_PAGE_SIZE = 500;

export const TimeFilterInput = builder.inputType('TimeFilter', {
  description: 'Compare a timestamp: e.g. `{ op: LT, time: "2018-10-28T10:00:00Z" }`.',
  fields: (t) => ({
    op: t.field({ type: ComparisonOpEnum, required: true, description: 'How the image timestamp compares with `time`.' }),
    time: t.field({
      type: 'DateTime',
      required: true,
      description: 'The instant to compare with (UTC); sent upstream to the second, as `yyyy-MM-ddThh:mm:ssZ`.',
    }),
  }),
});

export const TagInput = builder.inputType('ImageTagInput', {
  description: 'A key/value tag. Keys: 1–36 characters of letters, digits, `_` and `-`; values: ≤ 43 characters of letters, digits, `_`, `.` and `-` (may be empty).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Tag key: 1–36 characters of letters, digits, `_` and `-`.', validate: z.string().min(1, 'must not be empty').max(36, 'at most 36 characters').regex(/^[0-9A-Za-z_-]+$/, 'only letters, digits, "_" and "-"') }),
    value: t.string({ required: false, defaultValue: '', description: 'Tag value: ≤ 43 characters of letters, digits, `_`, `.` and `-`; default "" (a key-only tag).', validate: z.string().max(43, 'at most 43 characters').regex(/^[0-9A-Za-z_.-]*$/, 'only letters, digits, "_", "." and "-"') }),
  }),
});

const SupportFilterInput = builder.inputType('ImageSupportFilter', {
  description:
    'Ask for images that support a feature. GPU types and HANA cannot be combined with `kvm`/`xen`; InfiniBand cannot be combined with `xen`.',
  fields: (t) => ({
    kvm: t.boolean({ description: 'true: only images that run on KVM ECSs (`__support_kvm=true`). false or null: no filter.' }),
    xen: t.boolean({ description: 'true: only images that run on Xen ECSs (`__support_xen=true`). false or null: no filter.' }),
    largeMemory: t.boolean({ description: 'true: only images for large-memory ECSs (`__support_largememory`). false or null: no filter.' }),
    diskIntensive: t.boolean({ description: 'true: only images for disk-intensive ECSs (`__support_diskintensive`). false or null: no filter.' }),
    highPerformance: t.boolean({ description: 'true: only images for high-performance ECSs (`__support_highperformance`). false or null: no filter.' }),
    xenGpuType: t.string({ description: 'Only images with this Xen GPU type (`__support_xen_gpu_type`), e.g. M60_vGPU. Not with kvm/xen.' }),
    kvmGpuType: t.string({ description: 'Only images with this KVM GPU type (`__support_kvm_gpu_type`), e.g. V100_vGPU, P4, M60. Not with kvm/xen.' }),
    xenHana: t.boolean({ description: 'true: only images for HANA ECSs on Xen (`__support_xen_hana`). Not with kvm/xen. false or null: no filter.' }),
    kvmInfiniband: t.boolean({ description: 'true: only images for ECSs with an InfiniBand NIC on KVM (`__support_kvm_infiniband`). Not with xen. false or null: no filter.' }),
  }),
});

export const ImageFilterInput = builder.inputType('ImageFilter', {
  description:
    'Filters for `images` (all optional, combined with AND). The last five are IMS-only: using one lists through `GET /v2/cloudimages`, which plain OpenStack does not have.',
  fields: (t) => ({
    imageType: t.field({ type: ImageTypeEnum, description: 'GOLD (public), PRIVATE or SHARED.' }),
    visibility: t.field({ type: ImageVisibilityEnum, description: 'Who can see the image (`visibility`).' }),
    ownerProjectId: t.string({ description: 'Images owned by this project (your private images: your project id).' }),
    ids: t.idList({ description: 'Only these upstream image ids (at most 100).', validate: z.array(imageIdArg).max(100, 'at most 100 ids') }),
    status: t.field({ type: ImageStatusEnum, description: 'Lifecycle state (`status`).', validate: knownStatusFilter }),
    name: t.string({ description: 'Exact name.' }),
    diskFormat: t.field({ type: DiskFormatEnum, description: 'File format (`disk_format`).' }),
    containerFormat: t.field({ type: ContainerFormatEnum, description: 'Container format (`container_format`).' }),
    osType: t.field({ type: OsTypeEnum, description: 'OS family (`__os_type`).' }),
    platform: t.field({ type: PlatformEnum, description: 'OS distribution (`__platform`).' }),
    osBits: t.int({ description: '32 or 64.', validate: z.union([z.literal(32), z.literal(64)], { error: 'must be 32 or 64' }) }),
    minRamMb: t.int({ description: 'Images whose minimum memory (`min_ram`) is exactly this many MB; ≥ 0.', validate: z.number().int().min(0, 'must be ≥ 0') }),
    minDiskGb: t.int({ description: 'Images whose minimum disk (`min_disk`) is exactly this many GB; ≥ 0.', validate: z.number().int().min(0, 'must be ≥ 0') }),
    protected: t.boolean({ description: 'Protected (undeletable) images, or unprotected ones (`protected`); IMS public images are protected.' }),
    registered: t.boolean({ description: 'IMS registration (`__isregistered`).' }),
    tag: t.field({ type: TagInput, description: 'Images carrying this tag.' }),
    memberStatus: t.field({ type: MemberStatusEnum, description: 'Shared images by your answer; requires `visibility: SHARED`.' }),
    support: t.field({ type: SupportFilterInput, description: 'Images supporting these features (`__support_*`).' }),
    createdAt: t.field({ type: TimeFilterInput, description: 'Compare the creation time (`created_at=<op>:<time>`).' }),
    updatedAt: t.field({ type: TimeFilterInput, description: 'Compare the last update time (`updated_at=<op>:<time>`).' }),
    wholeImage: t.boolean({ description: 'IMS only: full-ECS images.' }),
    encryptionKeyId: t.string({ description: 'IMS only: images encrypted with this KMS key.' }),
    flavorId: t.string({ description: 'IMS only: public images usable with this ECS flavor.' }),
    virtualEnvType: t.field({ type: VirtualEnvTypeEnum, description: 'IMS only.' }),
    enterpriseProjectId: t.string({ description: 'IMS only: "0" = default, a UUID, or "all_granted_eps".' }),
  }),
  validate: z
    .looseObject({
      visibility: z.string().nullish(),
      memberStatus: z.string().nullish(),
      support: z
        .looseObject({
          kvm: z.boolean().nullish(),
          xen: z.boolean().nullish(),
          xenGpuType: z.string().nullish(),
          kvmGpuType: z.string().nullish(),
          xenHana: z.boolean().nullish(),
          kvmInfiniband: z.boolean().nullish(),
        })
        .nullish(),
    })
    .superRefine((f, ctx) => {
      if (f.memberStatus && f.visibility !== 'shared')
        ctx.addIssue({ code: 'custom', path: ['memberStatus'], message: 'requires visibility: SHARED' });
      const s = f.support;
      if (s && (s.kvm || s.xen)) {
        for (const k of ['xenGpuType', 'kvmGpuType', 'xenHana'] as const)
          if (s[k]) ctx.addIssue({ code: 'custom', path: ['support', k], message: 'cannot be combined with kvm or xen' });
      }
      if (s?.kvmInfiniband && s.xen)
        ctx.addIssue({ code: 'custom', path: ['support', 'kvmInfiniband'], message: 'cannot be combined with xen' });
    }),
});

export const ImageSortInput = builder.inputType('ImageSort', {
  description: 'Sort order. Ties are broken by id, so paging is stable.',
  fields: (t) => ({
    key: t.field({ type: ImageSortKeyEnum, defaultValue: 'createdAt' as never, description: 'Attribute to sort by (`sort_key`); default CREATED_AT.' }),
    direction: t.field({ type: SortDirectionEnum, defaultValue: 'desc' as never, description: 'Sort direction (`sort_dir`); default DESC.' }),
  }),
});

type FilterArg = NonNullable<typeof ImageFilterInput.$inferInput>;

const IMS_ONLY: (keyof FilterArg)[] = ['wholeImage', 'encryptionKeyId', 'flavorId', 'virtualEnvType', 'enterpriseProjectId'];

/** Null means "no filter", as absent does. */
type NoNulls<T> = { [K in keyof T]: Exclude<T[K], null> };

/** The filter argument as the domain filter: the same names, so most fields pass through as they are. */
export function toDomainFilter(f: FilterArg | null | undefined): ImsImageListFilter {
  if (!f) return {};
  const { ids, status, tag, support, ...same } = f;
  const supportSet = support ? Object.fromEntries(Object.entries(support).filter(([, v]) => v != null)) : {};
  const out: ImsImageListFilter = {
    ...(same as NoNulls<typeof same>),
    ids: ids?.map(String),
    status: filterStatus(status),
    tag: tag ? { key: tag.key, value: tag.value ?? '' } : undefined,
    support: Object.keys(supportSet).length ? supportSet : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v != null)) as ImsImageListFilter;
}

const CURSOR_PREFIX = 'image:';
export const encodeCursor = (id: string) => Buffer.from(CURSOR_PREFIX + id).toString('base64url');
export function decodeCursor(cursor: string, arg: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!raw.startsWith(CURSOR_PREFIX) || raw.length === CURSOR_PREFIX.length)
    throw new ValidationError([{ path: [arg], message: 'is not a cursor returned by this connection' }]);
  return raw.slice(CURSOR_PREFIX.length);
}

builder.queryFields((t) => ({
  images: t.connection({
    type: ImageRef,
    description:
      'Images visible to your project, newest first by default. Pages follow the upstream marker pagination: `first`/`after` forwards, `last`/`before` backwards (1–500 per page).',
    args: {
      filter: t.arg({ type: ImageFilterInput, description: 'Which images; omit for every image visible to your project.' }),
      sort: t.arg({ type: ImageSortInput, description: 'Order of the list; default newest first (CREATED_AT, DESC).' }),
    },
    validate: z
      .looseObject({ first: z.number().nullish(), last: z.number().nullish(), after: z.string().nullish(), before: z.string().nullish() })
      .superRefine((a, ctx) => {
        for (const k of ['first', 'last'] as const) {
          const v = a[k];
          if (v != null && (v < 1 || v > MAX_PAGE_SIZE))
            ctx.addIssue({ code: 'custom', path: [k], message: `must be between 1 and ${MAX_PAGE_SIZE}` });
        }
        if (a.first != null && a.last != null) ctx.addIssue({ code: 'custom', path: ['last'], message: 'cannot be combined with first' });
        if (a.after != null && a.before != null) ctx.addIssue({ code: 'custom', path: ['before'], message: 'cannot be combined with after' });
      }),
    resolve: async (_root, args, ctx) => {
      const filter = toDomainFilter(args.filter);
      const sortKey = (args.sort?.key ?? 'createdAt') as ImageSortKey;
      const sortDir = (args.sort?.direction ?? 'desc') as SortDir;
      const backward = args.last != null || args.before != null;
      const size = (backward ? args.last : args.first) ?? 25;
      const cursor = backward ? args.before : args.after;
      const marker = cursor ? decodeCursor(cursor, backward ? 'before' : 'after') : undefined;
      const request: ImageListFilter = {
        ...filter,
        sortKey,
        // Backwards: walk the reversed order from the cursor, then flip the page.
        sortDir: backward ? (sortDir === 'asc' ? 'desc' : 'asc') : sortDir,
        marker,
        limit: size + 1,
      };
      const imsOnly = IMS_ONLY.some((k) => args.filter?.[k] != null);
      const clients = await ctx.clients();
      let images: Image[];
      try {
        const page = imsOnly ? await clients.requireIms('Filtering images by IMS-only attributes').listImages(request) : await clients.glance.listImages(request);
        images = page.images;
      } catch (e) {
        throw toGraphQLError(e);
      }
      const more = images.length > size;
      const slice = images.slice(0, size);
      // Images this page returned answer later loads in the same operation (a parent listed after its child).
      const loader = ImageRef.getDataloader(ctx);
      for (const image of slice) loader.prime(image.id, image);
      if (backward) slice.reverse();
      const edges = slice.map((node) => ({ cursor: encodeCursor(node.id), node }));
      return {
        edges,
        pageInfo: {
          hasNextPage: backward ? cursor != null : more,
          hasPreviousPage: backward ? more : cursor != null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  },
  {
    description: 'A page of images (Glance `GET /v2/images`, or IMS `GET /v2/cloudimages` when an IMS-only filter is used).',
    edgesField: { description: 'The images of this page, in the requested order.' },
  },
  {
    description: 'One image of a page and the cursor that points at it.',
    nodeField: { description: 'The image.' },
  }),

  image: t.field({
    type: ImageRef,
    nullable: true,
    description: 'One image by its upstream id (UUID) or its global `id`. An unknown id gives null and a NOT_FOUND error, a malformed one BAD_USER_INPUT; sibling fields are unaffected.',
    args: { id: t.arg.id({ validate: imageIdArg, required: true, description: 'Upstream image id or global Image id.' }) },
    resolve: (_root, { id }) => imageIdFromArg(String(id)),
  }),
}));

