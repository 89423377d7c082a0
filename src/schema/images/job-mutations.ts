/**
 * The job-starting image mutations: each starts one asynchronous IMS operation and returns the Job at once
 * (JobPayload). Their inputs pass to the domain unrenamed (GraphQL and domain names are one).
 */
import type { InputFieldMap, InputShapeFromFields } from '@pothos/core';
import type { AcceptedJob, ImageTag } from '../../upstream/domain';
import type * as Domain from '../../upstream/domain';
import type { ImsClient } from '../../upstream/ims/client';
import { imageIdArg, imageIdFromArg } from '../ids';
import { builder } from '../builder';
import { JOB_MUTATION_ERRORS, mutate, mutationErrors } from '../../context/error-classes';
import { JobPayloadRef } from '../jobs/payload';
import { idempotencyKeyOptions, startRecordedJob } from '../jobs/start';
import {
  CopyImageInput,
  CopyImageToRegionInput,
  CreateDataImageInput,
  CreateImageFromDataDiskInput,
  CreateImageFromFileInput,
  CreateImageFromServerInput,
  CreateImagesFromServerDataDisksInput,
  CreateWholeImageInput,
  ExportImageInput,
  IMAGE_ID,
  QuickImportInput,
} from './mutation-inputs';
import { obsObject } from './validation';

type TagArg = { key: string; value?: string | null };

/**
 * A job input as the domain input of the same names (GraphQL and domain names are one): the gateway's own keys
 * (`idempotencyKey`, `safeMode`) and the upstream id (`imageId`, a path parameter) dropped, null or empty-list
 * optional fields dropped (not sent upstream), key/value tags given their default value "".
 */
type DomainInput<T> = T extends readonly (infer E)[]
  ? DomainInput<E>[]
  : T extends object
    ? { [K in keyof T as K extends 'idempotencyKey' | 'safeMode' | 'imageId' ? never : K]: K extends 'tags' ? ImageTag[] | undefined : DomainInput<Exclude<T[K], null>> }
    : T;
type AllKeys<T> = T extends unknown ? keyof T : never;

function toDomain<T extends object>(input: T): DomainInput<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v == null || k === 'idempotencyKey' || k === 'safeMode' || k === 'imageId') continue;
    if (k === 'tags') {
      if ((v as TagArg[]).length) out[k] = (v as TagArg[]).map((t) => ({ key: t.key, value: t.value ?? '' }));
    } else out[k] = Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x !== null ? toDomain(x) : x)) : v;
  }
  return out as DomainInput<T>;
}

/**
 * `domainInput<Domain.D>()(input)`: the input as domain input `D`. The input passes through unrenamed, so a field of the
 * GraphQL input that `D` does not name (a misspelt key) would be silently dropped: it fails tsc instead.
 */
const domainInput =
  <D>() =>
  <I extends object>(input: I & Record<Exclude<keyof DomainInput<I>, AllKeys<D>>, never>): DomainInput<I> =>
    toDomain(input);


/** The client's option from the input: unset and false both mean the original operation. */
const sm = (i: { safeMode?: boolean | null }) => ({ safeMode: i.safeMode === true });

builder.mutationFields((t) => {
  // Typed end to end: `a` is the shape Pothos parses from `args`, so a misspelt input key fails tsc
  // (test/types/job-mutations.test.ts shows it).
  const job = <Args extends InputFieldMap>(
    description: string,
    capability: string,
    args: Args,
    run: (ims: ImsClient, a: InputShapeFromFields<Args>, projectId: string) => Promise<AcceptedJob>,
  ) =>
    t.field({
      type: JobPayloadRef,
      description,
      errors: mutationErrors('`JobPayload` when IMS accepted the job (it then runs asynchronously)', JOB_MUTATION_ERRORS),
      args: args as any,
      resolve: (_r, a: any, ctx, info) =>
        mutate(() => startRecordedJob(ctx, info, a, capability, (ims, c) => run(ims, a as InputShapeFromFields<Args>, c.projectId))),
    });

  return {
    createImageFromServer: job(
      'Create a private system-disk image from a stopped ECS (IMS job; IMS `POST /v2/cloudimages/action` with `instance_id`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Creating images from servers',
      { input: t.arg({ type: CreateImageFromServerInput, required: true, description: 'The ECS and the new image’s attributes.' }) },
      (ims, { input: i }) =>
        ims.createImage({ from: 'server', ...domainInput<Domain.CreateImageFromServerInput>()(i) }, sm(i)),
    ),
    createImagesFromServerDataDisks: job(
      'Create data-disk images from the data disks of an ECS (IMS job; IMS `POST /v2/cloudimages/action` with `data_images`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Creating images from data disks',
      { input: t.arg({ type: CreateImagesFromServerDataDisksInput, required: true, description: 'The data disks and the images to make of them.' }) },
      (ims, { input: i }) =>
        ims.createImage({ from: 'serverDataDisks', ...domainInput<Domain.CreateImageFromServerDataDisksInput>()(i) }, sm(i)),
    ),
    createImageFromFile: job(
      'Import a system-disk image from an image file in OBS, optionally with data disks (IMS job; IMS `POST /v2/cloudimages/action` with `image_url`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Importing images from OBS',
      { input: t.arg({ type: CreateImageFromFileInput, required: true, description: 'The OBS file and the new image’s attributes.' }) },
      (ims, { input: i }) =>
        ims.createImage({ from: 'file', ...domainInput<Domain.CreateImageFromFileInput>()(i) }, sm(i)),
    ),
    createImageFromDataDisk: job(
      'Create a system-disk image from a data disk holding an installed OS (IMS job; IMS `POST /v2/cloudimages/action` with `volume_id`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Creating images from data disks',
      { input: t.arg({ type: CreateImageFromDataDiskInput, required: true, description: 'The data disk, its OS version and the new image’s attributes.' }) },
      (ims, { input: i }) =>
        ims.createImage({ from: 'dataDisk', ...domainInput<Domain.CreateImageFromDataDiskInput>()(i) }, sm(i)),
    ),
    quickImportImage: job(
      'Quickly import a large RAW/ZVHD2 file from OBS as a system-disk or data-disk image (IMS job; IMS `POST /v2/cloudimages/quickimport/action`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Quick import',
      { input: t.arg({ type: QuickImportInput, required: true, description: 'The OBS file, the kind of disk and the new image’s attributes.' }) },
      (ims, { input: i }) => {
        const input = domainInput<Domain.QuickImportImageInput>()(i);
        return ims.quickImportImage(
          input.dataDisk
            ? { ...input, dataDisk: true }
            : // The input's validation requires osVersion for a system disk, before any call.
              { ...input, dataDisk: false, osVersion: input.osVersion! },
          sm(i),
        );
      },
    ),
    createDataImageFromFile: job(
      'Create a data-disk image from an image file in OBS (IMS job; IMS `POST /v1/cloudimages/dataimages/action`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Data-disk images from OBS',
      { input: t.arg({ type: CreateDataImageInput, required: true, description: 'The OBS file and the new image’s attributes.' }) },
      (ims, { input: i }) =>
        ims.createDataImage(domainInput<Domain.CreateDataImageInput>()(i), sm(i)),
    ),
    createWholeImage: job(
      'Create a full-ECS image from an ECS or from a CSBS/CBR backup (IMS job; IMS `POST /v1/cloudimages/wholeimages/action`).',
      'Full-ECS images',
      { input: t.arg({ type: CreateWholeImageInput, required: true, description: 'The ECS or backup, and the new image’s attributes.' }) },
      (ims, { input: i }) => {
        const input = domainInput<Domain.CreateWholeImageInput>()(i);
        return ims.createWholeImage(
          input.serverId
            ? { from: 'server', ...input, serverId: input.serverId }
            : // The input's validation requires serverId or backupId, before any call.
              { from: 'backup', ...input, backupId: input.backupId! },
        );
      },
    ),
    registerImage: job(
      'Register an image file already in OBS against metadata made with createImageMetadata (IMS job; IMS `PUT /v1/cloudimages/{image_id}/upload`); the image turns ACTIVE when done.',
      'Registering OBS files',
      {
        imageId: t.arg.id({ validate: imageIdArg, required: true, description: `The QUEUED image made by createImageMetadata (${IMAGE_ID}); other images may be refused.` }),
        imageUrl: t.arg.string({
          required: true,
          validate: obsObject,
          description: '"bucket:file" in OBS (Standard storage class); ZVHD, ZVHD2, QCOW2, QCOW, VHD, VHDX, RAW, QED, VDI, VMDK or ISO.',
        }),
        idempotencyKey: t.arg.string(idempotencyKeyOptions),
      },
      (ims, a) => ims.registerImage(imageIdFromArg(String(a.imageId)), a.imageUrl),
    ),
    exportImage: job(
      'Export a private image (< 1 TB; not full-ECS or ISO) to an OBS bucket (IMS job; IMS `POST /v1/cloudimages/{image_id}/file`). With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Exporting images',
      { input: t.arg({ type: ExportImageInput, required: true, description: 'The image, the target OBS object and the file format.' }) },
      (ims, { input: i }) =>
        ims.exportImage(imageIdFromArg(String(i.imageId)), domainInput<Domain.ExportImageInput>()(i), sm(i)),
    ),
    copyImage: job(
      'Replicate an image within the region, e.g. to change its encryption (IMS job; IMS `POST /v1/cloudimages/{image_id}/copy`). The new image is job.image when it succeeds. With `input.safeMode` the SDK’s v2.1 “in safe mode” variant is called instead.',
      'Replicating images',
      { input: t.arg({ type: CopyImageInput, required: true, description: 'The image and the attributes of the copy.' }) },
      (ims, { input: i }) =>
        ims.copyImageInRegion(imageIdFromArg(String(i.imageId)), domainInput<Domain.CopyImageInRegionInput>()(i), sm(i)),
    ),
    copyImageToRegion: job(
      'Replicate a private image to another region (IMS job; IMS `POST /v1/cloudimages/{image_id}/cross_region_copy`).',
      'Cross-region replication',
      { input: t.arg({ type: CopyImageToRegionInput, required: true, description: 'The image, the destination and the agency allowed to copy.' }) },
      (ims, { input: i }) =>
        ims.copyImageCrossRegion(imageIdFromArg(String(i.imageId)), domainInput<Domain.CopyImageCrossRegionInput>()(i)),
    ),

  };
});
