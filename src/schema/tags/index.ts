/**
 * Tags: IMS key/value tags (IMS `/v2/{project_id}/images/{image_id}/tags` and the other IMS tag operations) and
 * Glance plain tags (Glance `PUT /v2/images/{image_id}/tags/{tag}`), with their documented limits (the tag limits
 * by API of docs/api/ENDPOINTS.md) checked before any upstream call.
 */
import { z } from 'zod';
import type { ProjectTag, QueryImagesByTagsInput, TaggedImage } from '../../upstream/domain';
import type { GatewayContext } from '../../context';
import type { UpstreamClients } from '../../context/upstreams';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { mutate, mutationErrors } from '../../context/error-classes';
import { ImageFilterInput, TagInput, toDomainFilter } from '../images/queries';
import { ImageRef, ImageTagRef } from '../images/types';

export const MAX_TAGS_PER_IMAGE = 10;

const ProjectTagRef = builder.objectRef<ProjectTag>('ProjectTag').implement({
  description: 'A tag key used in your project, with every value it has across your images (IMS `GET /v2/{project_id}/images/tags`).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Tag key.' }),
    values: t.exposeStringList('values', { description: 'Values in use; "" for key-only tags.' }),
  }),
});

const TaggedImageRef = builder.objectRef<TaggedImage>('TaggedImage').implement({
  description: 'An image matched by a tag query, with its tags.',
  fields: (t) => ({
    imageId: t.exposeID('imageId', { description: 'Upstream image id (`resource_id`).' }),
    name: t.exposeString('name', { nullable: true, description: 'Image name (`resource_name`).' }),
    status: t.exposeString('status', { nullable: true, description: 'Image status as the tag service reports it.' }),
    tags: t.field({ type: [ImageTagRef], description: 'All key/value tags of the image.', resolve: (i) => i.tags }),
    image: t.field({ type: ImageRef, nullable: true, description: 'The full image.', resolve: (i) => i.imageId }),
  }),
});

const TaggedImagesRef = builder.objectRef<{ totalCount: number; images: TaggedImage[] }>('TaggedImages').implement({
  description: 'A page of images matched by tags, and how many match in total.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'How many images match in total, across all pages (`total_count`).' }),
    images: t.field({ type: [TaggedImageRef], description: 'This page of matching images.', resolve: (r) => r.images }),
  }),
});

const tagKey = z.string().trim().min(1, 'must not be blank').max(127, 'at most 127 characters');
const TagConditionInput = builder.inputType('TagCondition', {
  description: 'A tag key and the values that match it: an empty list matches any value; several values are OR-ed.',
  fields: (t) => ({
    key: t.string({ required: true, validate: tagKey, description: 'Tag key: 1–127 characters, not blank; unique within one list.' }),
    values: t.stringList({
      required: false,
      defaultValue: [],
      description: 'Up to 10 values, each ≤ 255 characters; [] (the default) matches any value.',
      validate: z.array(z.string().max(255, 'at most 255 characters')).max(10, 'at most 10 values per key'),
    }),
  }),
});
const conditions = z
  .array(z.looseObject({ key: z.string() }))
  .max(10, 'at most 10 keys per query')
  .refine((a) => new Set(a.map((c) => c.key)).size === a.length, 'keys must be unique');

const TagQueryInput = builder.inputType('ImageTagQuery', {
  description: 'Which images to match by tag (IMS `POST /v2/{project_id}/images/resource_instances/action`). All conditions are combined with AND.',
  fields: (t) => ({
    withAll: t.field({ type: [TagConditionInput], description: 'Images having all of these.', validate: conditions }),
    withAny: t.field({ type: [TagConditionInput], description: 'Images having any of these.', validate: conditions }),
    withoutAll: t.field({ type: [TagConditionInput], description: 'Excludes images having all of these.', validate: conditions }),
    withoutAny: t.field({ type: [TagConditionInput], description: 'Excludes images having any of these.', validate: conditions }),
    untaggedOnly: t.boolean({ description: 'Only images with no tag at all; the other conditions are then ignored.' }),
    nameContains: t.string({ description: 'Fuzzy match on the image name.', validate: z.string().max(255, 'at most 255 characters') }),
    imageId: t.id({ validate: imageIdArg, description: 'Exactly this image.' }),
  }),
});

type TagQuery = NonNullable<typeof TagQueryInput.$inferInput>;
/** The query as the domain's: the same names; a condition without values matches any value. */
function tagQuery(q: TagQuery | null | undefined): Omit<QueryImagesByTagsInput, 'mode'> {
  const c = (l?: { key: string; values?: string[] | null }[] | null) => l?.map((x) => ({ key: x.key, values: x.values ?? [] })) ?? undefined;
  return {
    withAll: c(q?.withAll),
    withAny: c(q?.withAny),
    withoutAll: c(q?.withoutAll),
    withoutAny: c(q?.withoutAny),
    untaggedOnly: q?.untaggedOnly ?? undefined,
    nameContains: q?.nameContains ?? undefined,
    imageId: q?.imageId != null ? String(q.imageId) : undefined,
  };
}

builder.queryFields((t) => ({
  projectTags: t.field({
    type: [ProjectTagRef],
    description: 'Every tag key in your project with its values (IMS `GET /v2/{project_id}/images/tags`).',
    resolve: (_r, _a, ctx) => ctx.once('projectTags', (c) => c.requireIms('Project tags').listProjectTags()),
  }),
  imageTags: t.field({
    type: [ImageTagRef],
    description: 'The key/value tags of one image, as the IMS tag service reports them (`GET /v2/{project_id}/images/{id}/tags`).',
    args: { imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }) },
    resolve: (_r, a, ctx) => {
      const id = imageIdFromArg(String(a.imageId));
      return ctx.once(`imageTags:${id}`, (c) => c.requireIms('IMS tags').listImageTags(id));
    },
  }),
  tagsInUse: t.field({
    type: [ImageTagRef],
    description: 'Tags of the images matching a filter (IMS `GET /v1/cloudimages/tags`, same filters as `images`).',
    args: {
      filter: t.arg({ type: ImageFilterInput, description: 'Which images’ tags; omit for all images visible to you.' }),
      first: t.arg.int({ description: 'At most this many images are considered (1–500; `limit`).', validate: z.number().int().min(1, 'must be ≥ 1').max(500, 'must be ≤ 500') }),
    },
    resolve: async (_r, a, ctx) => {
      return (await ctx.clients())
        .requireIms('IMS tags')
        .listTags({ ...toDomainFilter(a.filter), ...(a.first ? { limit: a.first } : {}) });
    },
  }),
  imagesByTags: t.field({
    type: TaggedImagesRef,
    description: 'Images matched by tags, a page at a time (IMS resource_instances `filter` action). Use `countImagesByTags` for the total only.',
    args: {
      where: t.arg({ type: TagQueryInput, required: true, description: 'Which images match.' }),
      first: t.arg.int({
        defaultValue: 10,
        description: 'Page size, 1–1000 (`limit`); default 10.',
        validate: z.number().int().min(1, 'must be ≥ 1').max(1000, 'must be ≤ 1000'),
      }),
      offset: t.arg.int({
        defaultValue: 0,
        description: 'How many matching images to skip (`offset`), ≥ 0; default 0.',
        validate: z.number().int().min(0, 'must be ≥ 0'),
      }),
    },
    resolve: async (_r, a, ctx) =>
      (await ctx.clients())
        .requireIms('Tag queries')
        .queryImagesByTags({ mode: 'filter', ...tagQuery(a.where), limit: a.first ?? 10, offset: a.offset ?? 0 }),
  }),
  countImagesByTags: t.int({
    description: 'How many images match the tags (IMS resource_instances `count` action).',
    args: { where: t.arg({ type: TagQueryInput, required: true, description: 'Which images match.' }) },
    resolve: async (_r, a, ctx) =>
      (await (await ctx.clients()).requireIms('Tag queries').queryImagesByTags({ mode: 'count', ...tagQuery(a.where) })).totalCount,
  }),
}));

// ---- Mutations ----

const TagsPayload = builder.objectRef<{ imageId: string }>('ImageTagsPayload').implement({
  description: 'The image after its tags changed (read again, so `image.tags` shows the change).',
  fields: (t) => ({
    imageId: t.exposeID('imageId', { description: 'Upstream id of the image whose tags changed.' }),
    image: t.field({ type: ImageRef, description: 'The image, read again after the change.', resolve: (p) => p.imageId }),
  }),
});

const tagList = z
  .array(z.looseObject({ key: z.string() }))
  .min(1, 'at least one tag')
  .max(MAX_TAGS_PER_IMAGE, `at most ${MAX_TAGS_PER_IMAGE} tags per image`)
  .refine((a) => new Set(a.map((x) => x.key)).size === a.length, 'keys must be unique');

const glanceTag = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'at most 255 characters')
  .refine((s) => !s.includes('='), 'must not contain "="');

/**
 * Run one tag change on an image, turning upstream failures into typed errors. The image's loader entry is
 * dropped afterwards, so the payload's `image` is read again and shows the new tags.
 */
function retag(ctx: GatewayContext, rawImageId: string | number, change: (clients: UpstreamClients, imageId: string) => Promise<void>) {
  return mutate(async () => {
    const imageId = imageIdFromArg(String(rawImageId), ['imageId']);
    await change(await ctx.clients(), imageId);
    ImageRef.getDataloader(ctx).clear(imageId);
    return { imageId };
  });
}

const tagValue = z.string().max(255, 'at most 255 characters');
const TagMatchInput = builder.inputType('ImageTagMatch', {
  description: 'A key/value tag to delete: by key alone, or only when its value is exactly the one given.',
  fields: (t) => ({
    key: t.string({ required: true, validate: tagKey, description: 'Tag key: 1–127 characters, not blank; unique within one list.' }),
    value: t.string({
      validate: tagValue,
      description: 'When given (≤ 255 characters; "" for a key-only tag), the tag is deleted only if its value is exactly this; omit to delete the key whatever its value.',
    }),
  }),
});

builder.mutationFields((t) => ({
  addImageTag: t.field({
    type: TagsPayload,
    description: 'Add a key/value tag to an image, or change the value of an existing key (IMS `POST /v2/{project_id}/images/{id}/tags`). At most 10 tags per image.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: { imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }), tag: t.arg({ type: TagInput, required: true, description: 'The tag to add, or the key whose value to change.' }) },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.requireIms('Key/value tags').addImageTag(id, { key: a.tag.key, value: a.tag.value ?? '' })),
  }),
  setImageTag: t.field({
    type: TagsPayload,
    description: 'Add or modify one key/value tag through the IMS v1 API (`PUT /v1/cloudimages/tags`); same effect as addImageTag.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: { imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }), tag: t.arg({ type: TagInput, required: true, description: 'The tag to add, or the key whose value to change.' }) },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.requireIms('Key/value tags').setImageTag(id, { key: a.tag.key, value: a.tag.value ?? '' })),
  }),
  setImageTags: t.field({
    type: TagsPayload,
    description: 'Add or update several key/value tags at once (IMS batch `create`). Existing keys get the new values; at most 10 tags per image.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }),
      tags: t.arg({ type: [TagInput], required: true, validate: tagList, description: '1–10 tags with unique keys.' }),
    },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.requireIms('Key/value tags').batchImageTags(id, 'create', a.tags.map((x) => ({ key: x.key, value: x.value ?? '' })))),
  }),
  removeImageTags: t.field({
    type: TagsPayload,
    description: 'Remove several tags by key at once (IMS batch `delete`); keys that are absent count as removed.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }),
      keys: t.arg.stringList({
        required: true,
        description: '1–10 tag keys, each 1–127 characters.',
        validate: z.array(tagKey).min(1, 'at least one key').max(MAX_TAGS_PER_IMAGE, `at most ${MAX_TAGS_PER_IMAGE} keys`),
      }),
    },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.requireIms('Key/value tags').batchImageTags(id, 'delete', a.keys.map((key) => ({ key })))),
  }),
  deleteImageTags: t.field({
    type: TagsPayload,
    description:
      'Delete several key/value tags at once through the IMS v1 API (`DELETE /v1/{project_id}/cloudimages/{id}/tags/delete`, the IMS SDK’s BatchDeleteTags). ' +
      'Each entry matches a tag by key, and by value too when one is given; tags that are absent, or whose value differs, are left as they are without error. ' +
      'With keys only it has the effect of removeImageTags.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }),
      tags: t.arg({ type: [TagMatchInput], required: true, validate: tagList, description: '1–10 tags to delete, with unique keys.' }),
    },
    resolve: (_r, a, ctx) =>
      retag(ctx, a.imageId, (c, id) =>
        c.requireIms('Key/value tags').batchDeleteTags(id, a.tags.map((x) => (x.value == null ? { key: x.key } : { key: x.key, value: x.value }))),
      ),
  }),
  deleteImageTag: t.field({
    type: TagsPayload,
    description: 'Delete one tag by key (IMS `DELETE /v2/{project_id}/images/{id}/tags/{key}`). NOT_FOUND when the key is absent.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: { imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }), key: t.arg.string({ required: true, validate: tagKey, description: 'The tag key, 1–127 characters.' }) },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.requireIms('Key/value tags').deleteImageTag(id, a.key)),
  }),
  addPlainImageTag: t.field({
    type: TagsPayload,
    description: 'Add a plain (key-only) Glance tag (`PUT /v2/images/{id}/tags/{tag}`): ≤ 255 characters, no "=". Works on OpenStack too.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }),
      tag: t.arg.string({ required: true, validate: glanceTag, description: 'The plain tag: 1–255 characters, no "=".' }),
    },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.glance.addTag(id, a.tag)),
  }),
  removePlainImageTag: t.field({
    type: TagsPayload,
    description: 'Remove a plain Glance tag (`DELETE /v2/images/{id}/tags/{tag}`). Works on OpenStack too.',
    errors: mutationErrors('`ImageTagsPayload` with the image after the change'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: 'The image (upstream UUID or global Image id).' }),
      tag: t.arg.string({ required: true, validate: glanceTag, description: 'The plain tag: 1–255 characters, no "=".' }),
    },
    resolve: (_r, a, ctx) => retag(ctx, a.imageId, (c, id) => c.glance.deleteTag(id, a.tag)),
  }),
}));
