/**
 * Sharing: image members. Glance's per-member API (sync) and IMS's batch API (async jobs), plus
 * `Image.members` loaded per image through a DataLoader.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { z } from 'zod';
import type { ImageMember } from '../../upstream/domain';
import type { GatewayContext } from '../../context';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { JOB_MUTATION_ERRORS, mutate, mutationErrors } from '../../context/error-classes';
import { idempotencyKeyOptions, startRecordedJob } from '../jobs/start';
import { MemberStatusEnum } from '../images/enums';

import { ImageRef } from '../images/types';
import { JobPayloadRef } from '../jobs/payload';
import { membersLoader } from '../../loaders/members';
import { imsMemberLoader, imsMembersLoader } from '../../loaders/ims-members';

const projectId = z.string().min(1, 'must not be empty').max(64, 'at most 64 characters');
const imageIds = z.array(imageIdArg).min(1, 'at least one image').max(100, 'at most 100 images');

const ImageMemberTypeEnum = builder.enumType('ImageMemberType', {
  description: 'What an image is shared with (IMS v1 member API `member_type`).',
  values: {
    TENANT: { value: 'TENANT', description: 'A project (tenant): every member made by shareImage or shareImages, and every Glance member.' },
    ORGANIZATION: { value: 'ORGANIZATION', description: 'An organisation (Huawei Cloud Organizations); its URN is organizationUrn.' },
  },
});

/** The member fields only the IMS v1 member API reports; asking for one makes the gateway read members there. */
const IMS_ONLY_MEMBER_FIELDS: ReadonlySet<string> = new Set(['memberType', 'organizationUrn']);

/**
 * Whether the selection of this field (through fragments, not into nested fields) asks for an IMS-only member
 * field. @skip/@include are not evaluated: a skipped field still routes to IMS, which answers everything Glance does.
 */
/** Per field selection (the executor shares `fieldNodes` between the items of a list): walked once a page, not per image. */
const selectsImsOnly = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();

function selectsImsOnlyMemberField(info: GraphQLResolveInfo): boolean {
  let known = selectsImsOnly.get(info.fieldNodes);
  if (known === undefined) selectsImsOnly.set(info.fieldNodes, (known = walkImsOnlyMemberFields(info)));
  return known;
}

function walkImsOnlyMemberFields(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return IMS_ONLY_MEMBER_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/** The IMS-only attributes of a member: from the member itself when IMS answered it, else read from IMS v1. */
async function imsAttributes(m: ImageMember, ctx: GatewayContext): Promise<{ type: string | null; urn: string | null }> {
  const own = (x: ImageMember) => ({
    type: typeof x.extraProperties.member_type === 'string' ? x.extraProperties.member_type.toUpperCase() : null,
    urn: typeof x.extraProperties.urn === 'string' && x.extraProperties.urn !== '' ? x.extraProperties.urn : null,
  });
  if ('member_type' in m.extraProperties) return own(m);
  const c = await ctx.clients();
  // Glance's members are always projects, and plain OpenStack has no other kind: no call is needed to say so.
  if (!c.ims) return { type: 'TENANT', urn: null };
  return own(await imsMemberLoader(ctx).load({ imageId: m.imageId, projectId: m.projectId }));
}

export const ImageMemberRef = builder.objectRef<ImageMember>('ImageMember').implement({
  description: 'A project an image is shared with, and its answer (Glance `GET /v2/images/{image_id}/members/{member_id}`).',
  fields: (t) => ({
    imageId: t.exposeID('imageId', { description: 'The shared image (upstream id).' }),
    image: t.field({ type: ImageRef, nullable: true, description: 'The shared image, when visible to you.', resolve: (m) => m.imageId }),
    projectId: t.exposeString('projectId', { description: 'The recipient project.' }),
    status: t.field({ type: MemberStatusEnum, description: 'The recipient’s answer: PENDING until it accepts or rejects.', resolve: (m) => m.status }),
    createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When the image was shared with the project.', resolve: (m) => m.createdAt }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When the membership last changed (e.g. the answer).', resolve: (m) => m.updatedAt }),
    memberType: t.field({
      type: ImageMemberTypeEnum,
      nullable: true,
      description:
        'Whether the image is shared with a project or an organisation. Only the IMS v1 member API reports it (`member_type`), so on Huawei ' +
        '`Image.members` and `imageMember` read members there, in one call, when this field or organizationUrn is selected (on a member from a ' +
        'mutation payload, one `GET /v1/{project_id}/cloudimages/{id}/members/{member}` is made). On OpenStack every member is a project: TENANT. ' +
        'Null for a type this gateway does not know.',
      resolve: async (m, _a, ctx) => {
        const { type } = await imsAttributes(m, ctx);
        return type === 'TENANT' || type === 'ORGANIZATION' ? type : null;
      },
    }),
    organizationUrn: t.string({
      nullable: true,
      description: 'The organisation’s URN when memberType is ORGANIZATION (IMS v1 `urn`); null for a project. Read like memberType.',
      resolve: async (m, _a, ctx) => (await imsAttributes(m, ctx)).urn,
    }),
  }),
});

builder.objectField(ImageRef, 'members', (t) =>
  t.field({
    type: [ImageMemberRef],
    description:
      'Projects this image is shared with (empty unless its visibility is SHARED). The owner sees every member; a recipient sees its own membership. ' +
      'Read through Glance (`GET /v2/images/{id}/members`), or on Huawei through the IMS v1 member API (`GET /v1/{project_id}/cloudimages/{id}/members`, ' +
      'the IMS SDK’s ListImageMembers) when memberType or organizationUrn is selected: that API answers the same members plus their type, in one call.',
    // Glance refuses to list members of an image that is not shared (403): no call is needed to know it is empty.
    resolve: async (image, _a, ctx, info) => {
      if (image.visibility !== 'shared') return [];
      if (selectsImsOnlyMemberField(info) && (await ctx.clients()).ims) return imsMembersLoader(ctx).load(image.id);
      return membersLoader(ctx).load(image.id);
    },
  }),
);

builder.queryFields((t) => ({
  imageMember: t.field({
    type: ImageMemberRef,
    nullable: true,
    description:
      'One membership: is this image shared with this project, and what did it answer? (Glance `GET /v2/images/{image_id}/members/{member_id}`; NOT_FOUND when it is not shared with it.) ' +
      'On Huawei, when memberType or organizationUrn is selected, read through the IMS v1 member API instead (`GET /v1/{project_id}/cloudimages/{id}/members/{project}`, the IMS SDK’s ShowImageMember), which answers the same membership plus its type in one call.',
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The shared image (upstream UUID or global Image id).' }),
      projectId: t.arg.string({ required: true, validate: projectId, description: 'The recipient project id (1–64 characters).' }),
    },
    resolve: async (_r, a, ctx, info) => {
      const c = await ctx.clients();
      const imageId = imageIdFromArg(String(a.imageId));
      if (c.ims && selectsImsOnlyMemberField(info)) return c.ims.getImageMember(imageId, a.projectId);
      return c.glance.getMember(imageId, a.projectId);
    },
  }),
}));

// ---- Glance per-member mutations (sync) ----

const MemberPayload = builder.objectRef<{ member: ImageMember }>('ImageMemberPayload').implement({
  description: 'The membership after the change.',
  fields: (t) => ({ member: t.field({ type: ImageMemberRef, description: 'The membership as Glance reports it after the change.', resolve: (p) => p.member }) }),
});

const UnsharePayload = builder.objectRef<{ imageId: string; projectId: string }>('UnshareImagePayload').implement({
  description: 'The membership that was removed.',
  fields: (t) => ({
    imageId: t.exposeID('imageId', { description: 'The image that is no longer shared with the project (upstream id).' }),
    projectId: t.exposeString('projectId', { description: 'The project that no longer has the image.' }),
  }),
});

builder.mutationFields((t) => ({
  shareImage: t.field({
    type: MemberPayload,
    description:
      'Share one of your private images with a project (Glance `POST /v2/images/{id}/members`). The member starts PENDING until the recipient answers. On OpenStack a private image is first switched to visibility SHARED, which Glance requires for members.',
    errors: mutationErrors('`ImageMemberPayload` with the new (PENDING) membership'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'One of your private images (upstream UUID or global Image id); not encrypted, public or Marketplace.' }),
      projectId: t.arg.string({ required: true, validate: projectId, description: 'The recipient project id (1–64 characters); not your own.' }),
    },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const c = await ctx.clients();
        const imageId = imageIdFromArg(String(a.imageId));
        if (c.kind === 'openstack') {
          // OpenStack Glance accepts members only on images whose visibility is `shared` (IMS shares private
          // images directly: the sharing constraints of docs/api/ENDPOINTS.md), so a private image is made shareable first.
          const image = await ImageRef.getDataloader(ctx).load(imageId);
          if (image.visibility === 'private') {
            await c.glance.updateImage(imageId, [{ op: 'replace', customProperty: 'visibility', value: 'shared' }]);
            ImageRef.getDataloader(ctx).clear(imageId);
          }
        }
        return { member: await c.glance.addMember(imageId, a.projectId) };
      }),
  }),

  answerImageShare: t.field({
    type: MemberPayload,
    description:
      'As the recipient, accept or reject an image shared with your project (Glance `PUT /v2/images/{id}/members/{your project}`). A rejected image is hidden from lists but can still create servers.',
    errors: mutationErrors('`ImageMemberPayload` with your membership after the answer'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image shared with your project (upstream UUID or global Image id).' }),
      status: t.arg({ type: MemberStatusEnum, required: true, description: 'Your answer: ACCEPTED or REJECTED, or PENDING to withdraw an earlier answer.' }),
      vaultId: t.arg.string({ description: 'CBR vault; required to accept a full-ECS image made from a CBR backup.' }),
    },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const c = await ctx.clients();
        const member = await c.glance.updateMember(imageIdFromArg(String(a.imageId)), c.projectId, a.status, {
          ...(a.vaultId ? { vaultId: a.vaultId } : {}),
        });
        return { member };
      }),
  }),

  unshareImage: t.field({
    type: UnsharePayload,
    description: 'Stop sharing an image with a project (Glance `DELETE /v2/images/{id}/members/{project}`).',
    errors: mutationErrors('`UnshareImagePayload` naming the removed membership'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'Your shared image (upstream UUID or global Image id).' }),
      projectId: t.arg.string({ required: true, validate: projectId, description: 'The project to remove (1–64 characters).' }),
    },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const imageId = imageIdFromArg(String(a.imageId));
        await (await ctx.clients()).glance.deleteMember(imageId, a.projectId);
        return { imageId, projectId: a.projectId };
      }),
  }),

  // ---- IMS batch sharing (async jobs) ----

  shareImages: t.field({
    type: JobPayloadRef,
    description:
      'Share several images with several projects in one IMS job (`POST /v1/cloudimages/members`). Results per image and project arrive in the job.',
    errors: mutationErrors('`JobPayload` when IMS accepted the batch job', JOB_MUTATION_ERRORS),
    args: {
      imageIds: t.arg.idList({ required: true, validate: imageIds, description: '1–100 of your private images (upstream UUIDs or global Image ids).' }),
      projectIds: t.arg.stringList({
        required: true,
        validate: z.array(projectId).min(1, 'at least one project').max(128, 'at most 128 projects'),
        description: '1–128 recipient project ids (a full-ECS image can have at most 10 members upstream).',
      }),
      idempotencyKey: t.arg.string(idempotencyKeyOptions),
    },
    resolve: (_r, a, ctx, info) =>
      mutate(() =>
        startRecordedJob(ctx, info, a, 'Batch sharing', (ims, c) =>
            ims.batchAddMembers({ imageIds: a.imageIds.map((i) => imageIdFromArg(String(i))), projectIds: a.projectIds }),
        ),
      ),
  }),

  unshareImages: t.field({
    type: JobPayloadRef,
    description: 'Stop sharing several images with several projects in one IMS job (`DELETE /v1/cloudimages/members`).',
    errors: mutationErrors('`JobPayload` when IMS accepted the batch job', JOB_MUTATION_ERRORS),
    args: {
      imageIds: t.arg.idList({ required: true, validate: imageIds, description: '1–100 of your shared images (upstream UUIDs or global Image ids).' }),
      projectIds: t.arg.stringList({
        required: true,
        validate: z.array(projectId).min(1, 'at least one project'),
        description: 'The projects to remove (at least one).',
      }),
      idempotencyKey: t.arg.string(idempotencyKeyOptions),
    },
    resolve: (_r, a, ctx, info) =>
      mutate(() =>
        startRecordedJob(ctx, info, a, 'Batch sharing', (ims, c) =>
            ims.batchRemoveMembers({ imageIds: a.imageIds.map((i) => imageIdFromArg(String(i))), projectIds: a.projectIds }),
        ),
      ),
  }),

  answerImageShares: t.field({
    type: JobPayloadRef,
    description: 'As the recipient, accept or reject several shared images in one IMS job (`PUT /v1/cloudimages/members`).',
    errors: mutationErrors('`JobPayload` when IMS accepted the batch job', JOB_MUTATION_ERRORS),
    args: {
      imageIds: t.arg.idList({ required: true, validate: imageIds, description: '1–100 images shared with your project (upstream UUIDs or global Image ids).' }),
      status: t.arg({ type: MemberStatusEnum, required: true, description: 'Your answer for all of them: ACCEPTED or REJECTED.', validate: z.enum(['accepted', 'rejected'], { error: 'must be ACCEPTED or REJECTED' }) }),
      vaultId: t.arg.string({ description: 'CBR vault; required to accept a full-ECS image made from a CBR backup.' }),
      idempotencyKey: t.arg.string(idempotencyKeyOptions),
    },
    resolve: (_r, a, ctx, info) =>
      mutate(() =>
        startRecordedJob(ctx, info, a, 'Batch sharing', (ims, c) =>
            ims.batchUpdateMemberStatus({
              imageIds: a.imageIds.map((i) => imageIdFromArg(String(i))),
              projectId: c.projectId,
              status: a.status as 'accepted' | 'rejected',
              ...(a.vaultId ? { vaultId: a.vaultId } : {}),
            }),
        ),
      ),
  }),
}));
