/**
 * The synchronous image mutations (Glance writes, and the IMS attribute patch): each returns the image, or the
 * id of the deleted one. The job-starting ones are in job-mutations.ts, the inputs in mutation-inputs.ts.
 */
import { Readable } from 'node:stream';
import type { Image, ImagePatchOperation, PatchableImageField, PatchableSupportFlag } from '../../upstream/domain';
import type { GatewayContext } from '../../context';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { mutate, mutationErrors } from '../../context/error-classes';
import { CreateImageMetadataInput, IMAGE_ID, UpdateImageInput } from './mutation-inputs';
import { ImageRef } from './types';

/** Drop null/undefined so optional GraphQL inputs are simply not sent upstream. */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as never;
}

const ImagePayload = builder.objectRef<{ image: Image }>('ImagePayload').implement({
  description: 'The image after the change.',
  fields: (t) => ({ image: t.field({ type: ImageRef, description: 'The image, as the upstream reports it after the change.', resolve: (p) => p.image }) }),
});
const DeletedImagePayload = builder.objectRef<{ imageId: string }>('DeletedImagePayload').implement({
  description: 'The image that was deleted.',
  fields: (t) => ({ imageId: t.exposeID('imageId', { description: 'Upstream id (UUID) of the deleted image.' }) }),
});

/** The attributes of UpdateImageInput that IMS patches, under their domain (= GraphQL) names. */
const IMS_UPDATE_FIELDS = ['minRamMb', 'firmwareType', 'nicMultiqueue', 'configInitialized', 'enterpriseProjectId'] as const satisfies readonly PatchableImageField[];

builder.mutationFields((t) => ({
  updateImage: t.field({
    type: ImagePayload,
    description:
      'Change an image’s name, description, IMS attributes or custom properties (Glance `PATCH /v2/images/{image_id}` and/or IMS `PATCH /v2/cloudimages/{image_id}`).',
    errors: mutationErrors('`ImagePayload` with the changed image'),
    args: { input: t.arg({ type: UpdateImageInput, required: true, description: 'The image and the changes; at least one change.' }) },
    resolve: (_r, { input: i }, ctx) =>
      mutate(async () => {
        const id = imageIdFromArg(String(i.imageId));
        const glanceOps: ImagePatchOperation[] = [];
        const imsOps: ImagePatchOperation[] = [];
        if (i.name != null) glanceOps.push({ op: 'replace', field: 'name', value: i.name });
        if (i.description != null) glanceOps.push({ op: 'add', field: 'description', value: i.description });
        for (const p of i.setProperties ?? []) glanceOps.push({ op: 'add', customProperty: p.name, value: p.value });
        for (const p of i.removeProperties ?? []) glanceOps.push({ op: 'remove', customProperty: p });
        for (const field of IMS_UPDATE_FIELDS) {
          const v = i[field];
          if (v != null) imsOps.push({ op: 'add', field, value: v });
        }
        for (const [flag, v] of Object.entries(i.support ?? {}) as [PatchableSupportFlag, string | boolean | null | undefined][]) {
          if (v != null) imsOps.push({ op: 'add', field: `support.${flag}`, value: v });
        }
        const c = await ctx.clients();
        // Two upstream APIs, two calls: not atomic. The Glance patch (custom properties can conflict) goes
        // first, so a refused patch leaves the IMS attributes untouched.
        const ims = imsOps.length ? c.requireIms('Updating IMS image attributes') : null;
        let image;
        if (glanceOps.length) image = await c.glance.updateImage(id, glanceOps);
        if (ims) image = await ims.updateImage(id, imsOps);
        ImageRef.getDataloader(ctx).clear(id);
        return { image: image! };
      }),
  }),

  deleteImage: t.field({
    type: DeletedImagePayload,
    description: 'Delete one of your private images (Glance `DELETE /v2/images/{id}`). Protected images refuse (FORBIDDEN).',
    errors: mutationErrors('`DeletedImagePayload` once the image is deleted'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: `The image to delete (${IMAGE_ID}).` }),
      deleteBackups: t.arg.boolean({ description: 'Full-ECS images: also delete their CSBS/CBR backups.' }),
    },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const id = imageIdFromArg(String(a.imageId));
        await (await ctx.clients()).glance.deleteImage(id, a.deleteBackups != null ? { deleteBackup: a.deleteBackups } : {});
        return { imageId: id };
      }),
  }),

  deactivateImage: t.field({
    type: ImagePayload,
    description:
      'Deactivate one of your ACTIVE images (Glance `POST /v2/images/{id}/actions/deactivate`): status DEACTIVATED, its data can no longer be downloaded. Repeating is harmless; other statuses answer FORBIDDEN.',
    errors: mutationErrors('`ImagePayload` with the DEACTIVATED image'),
    args: { imageId: t.arg.id({ required: true, description: `The image to deactivate (${IMAGE_ID}).` }) },
    resolve: (_r, a, ctx) => mutate(async () => ({ image: await imageAction(ctx, String(a.imageId), 'deactivate') })),
  }),

  reactivateImage: t.field({
    type: ImagePayload,
    description: 'Make a DEACTIVATED image ACTIVE again (Glance `POST /v2/images/{id}/actions/reactivate`).',
    errors: mutationErrors('`ImagePayload` with the ACTIVE image'),
    args: { imageId: t.arg.id({ required: true, description: `The image to reactivate (${IMAGE_ID}).` }) },
    resolve: (_r, a, ctx) => mutate(async () => ({ image: await imageAction(ctx, String(a.imageId), 'reactivate') })),
  }),

  legacyDeleteImage: t.field({
    type: DeletedImagePayload,
    description: 'Soft-delete an image through Glance v1.1 (Glance `DELETE /v1.1/images/{image_id}`): the record stays with status DELETED.',
    deprecationReason: 'Glance v1.1 is deprecated upstream (Glance `DELETE /v1.1/images/{image_id}`); use deleteImage.',
    errors: mutationErrors('`DeletedImagePayload` once the image is marked deleted'),
    args: { imageId: t.arg.id({ validate: imageIdArg, required: true, description: `The image to delete (${IMAGE_ID}).` }) },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const id = imageIdFromArg(String(a.imageId));
        await (await ctx.clients()).glance.deleteImageV1_1(id);
        return { imageId: id };
      }),
  }),

  createImageMetadata: t.field({
    type: ImagePayload,
    description:
      'Create the metadata of a new private image (QUEUED; Glance `POST /v2/images`). Then uploadImageFile, or registerImage with an OBS file.',
    errors: mutationErrors('`ImagePayload` with the new QUEUED image'),
    args: { input: t.arg({ type: CreateImageMetadataInput, required: true, description: 'The attributes of the new image.' }) },
    resolve: (_r, { input: i }, ctx) =>
      mutate(async () => ({
        image: await (await ctx.clients()).glance.createImage(
          defined({
            name: i.name,
            osVersion: i.osVersion,
            diskFormat: i.diskFormat,
            containerFormat: i.containerFormat,
            minDiskGb: i.minDiskGb,
            minRamMb: i.minRamMb,
            protected: i.protected,
            tags: i.tags,
            visibility: 'private' as const,
            properties: i.properties?.length ? Object.fromEntries(i.properties.map((p) => [p.name, p.value])) : undefined,
          }),
        ),
      })),
  }),

  uploadImageFile: t.field({
    type: ImagePayload,
    description:
      'Upload the file of a QUEUED image (GraphQL multipart request). The file is streamed to Glance `PUT /v2/images/{id}/file` as it arrives, never held in memory; < 2 GB.',
    errors: mutationErrors('`ImagePayload` with the image read back after the upload'),
    args: {
      imageId: t.arg.id({ validate: imageIdArg, required: true, description: `The QUEUED image made by createImageMetadata (${IMAGE_ID}).` }),
      file: t.arg({
        type: 'Upload',
        required: true,
        description:
          'The image file as a multipart file part: QCOW2, VMDK, VHD, VHDX, RAW, QED, VDI, QCOW, ZVHD or ZVHD2; at most the gateway’s MAX_UPLOAD_BYTES (default 2 GiB).',
      }),
    },
    resolve: (_r, a, ctx) =>
      mutate(async () => {
        const id = imageIdFromArg(String(a.imageId));
        const c = await ctx.clients();
        // The part's size is unknown until it ends: it is sent chunked, and MAX_UPLOAD_BYTES is enforced by the
        // multipart parser as the bytes pass (413), not here.
        const file = Readable.fromWeb(a.file.stream() as never);
        await c.glance.uploadImageFile(id, ctx.services.ops?.countUpload(file) ?? file);
        ImageRef.getDataloader(ctx).clear(id);
        return { image: await c.glance.getImage(id) };
      }),
  }),
}));

/** Deactivate/reactivate answer 204 without a body: the image is read back (fresh, not from the loader). */
async function imageAction(ctx: GatewayContext, imageArg: string, action: 'deactivate' | 'reactivate'): Promise<Image> {
  const id = imageIdFromArg(imageArg);
  const { glance } = await ctx.clients();
  if (action === 'deactivate') await glance.deactivateImage(id);
  else await glance.reactivateImage(id);
  ImageRef.getDataloader(ctx).clear(id);
  return glance.getImage(id);
}
