/** The four Glance JSON schemas (§B.3): upstream Glance's, which is why their enums differ from IMS's lists. */

const UUID_PATTERN = '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$';

export function imageSchema(): Record<string, unknown> {
  return {
    additionalProperties: { type: 'string' },
    name: 'image',
    links: [
      { href: '{self}', rel: 'self' },
      { href: '{file}', rel: 'enclosure' },
      { href: '{schema}', rel: 'describedby' },
    ],
    properties: {
      status: { enum: ['queued', 'saving', 'active', 'killed', 'deleted', 'uploading', 'importing', 'pending_delete', 'deactivated'], type: 'string', description: 'Status of the image', readOnly: true },
      tags: { items: { type: 'string', maxLength: 255 }, type: 'array', description: 'List of strings related to the image' },
      kernel_id: { pattern: UUID_PATTERN, type: ['null', 'string'], description: 'ID of image stored in Glance that should be used as the kernel when booting an AMI-style image.', is_base: false },
      container_format: { enum: [null, 'ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'], type: ['null', 'string'], description: 'Format of the container' },
      min_ram: { type: 'integer', description: 'Amount of ram (in MB) required to boot image.' },
      ramdisk_id: { pattern: UUID_PATTERN, type: ['null', 'string'], description: 'ID of image stored in Glance that should be used as the ramdisk when booting an AMI-style image.', is_base: false },
      locations: {
        items: { required: ['url', 'metadata'], type: 'object', properties: { url: { type: 'string', maxLength: 255 }, metadata: { type: 'object' } } },
        type: 'array',
        description: 'A set of URLs to access the image file kept in external store',
      },
      visibility: { enum: ['community', 'public', 'private', 'shared'], type: 'string', description: 'Scope of image accessibility' },
      os_hidden: { type: 'boolean', description: 'If true, image will not appear in default image list response.' },
      os_hash_algo: { type: ['null', 'string'], readOnly: true, description: 'Algorithm to calculate the os_hash_value', maxLength: 64 },
      os_hash_value: { type: ['null', 'string'], readOnly: true, description: 'Hexdigest of the image contents using the algorithm specified by the os_hash_algo', maxLength: 128 },
      description: { type: 'string', description: 'A human-readable string describing this image.', is_base: false },
      // IMS attributes that can be null on the wire (§C.1.2): glanceclient validates every answer against this
      // schema, and `additionalProperties` only admits strings.
      __data_origin: { type: ['null', 'string'], readOnly: true, description: 'IMS: the source of the image (e.g. file,<url>)', is_base: false },
      active_at: { type: ['null', 'string'], readOnly: true, description: 'IMS: when the image became active', is_base: false },
      updated_at: { type: 'string', description: 'Date and time of the last image modification', readOnly: true },
      owner: { type: ['null', 'string'], description: 'Owner of the image', maxLength: 255 },
      file: { type: 'string', description: '(READ-ONLY)', readOnly: true },
      min_disk: { type: 'integer', description: 'Amount of disk space (in GB) required to boot image.' },
      virtual_size: { type: ['null', 'integer'], description: 'Virtual size of image in bytes', readOnly: true },
      id: { pattern: UUID_PATTERN, type: 'string', description: 'An identifier for the image' },
      size: { type: ['null', 'integer'], description: 'Size of image file in bytes', readOnly: true },
      instance_uuid: { type: 'string', description: 'ID of instance used to create this image.', is_base: false },
      os_distro: { type: 'string', description: 'Common name of operating system distribution', is_base: false },
      name: { type: ['null', 'string'], description: 'Descriptive name for the image', maxLength: 255 },
      checksum: { type: ['null', 'string'], description: 'md5 hash of image contents.', readOnly: true, maxLength: 32 },
      created_at: { type: 'string', description: 'Date and time of image registration', readOnly: true },
      // Glance Zed's formats plus IMS's (zvhd, zvhd2, qed, qcow), which IMS images carry.
      disk_format: {
        enum: [null, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop', 'zvhd', 'zvhd2', 'qed', 'qcow'],
        type: ['null', 'string'],
        description: 'Format of the disk',
      },
      os_version: { type: 'string', description: 'Operating system version as specified by the distributor', is_base: false },
      protected: { type: 'boolean', description: 'If true, image will not be deletable.' },
      architecture: { type: 'string', description: 'Operating system architecture', is_base: false },
      direct_url: { type: 'string', description: 'URL to access the image file kept in external store', readOnly: true },
      self: { type: 'string', description: '(READ-ONLY)', readOnly: true },
      schema: { type: 'string', description: '(READ-ONLY)', readOnly: true },
    },
  };
}

export function imagesSchema(): Record<string, unknown> {
  return {
    links: [
      { href: '{first}', rel: 'first' },
      { href: '{next}', rel: 'next' },
      { href: '{schema}', rel: 'describedby' },
    ],
    name: 'images',
    properties: {
      images: { items: imageSchema(), type: 'array' },
      schema: { type: 'string' },
      next: { type: 'string' },
      first: { type: 'string' },
    },
  };
}

export function memberSchema(): Record<string, unknown> {
  return {
    name: 'member',
    properties: {
      status: { enum: ['pending', 'accepted', 'rejected'], type: 'string', description: 'The status of this image member' },
      created_at: { type: 'string', description: 'Date and time of image member creation' },
      updated_at: { type: 'string', description: 'Date and time of last modification of image member' },
      image_id: { pattern: UUID_PATTERN, type: 'string', description: 'An identifier for the image' },
      member_id: { type: 'string', description: 'An identifier for the image member (tenantId)' },
      schema: { type: 'string', readOnly: true },
    },
  };
}

export function membersSchema(): Record<string, unknown> {
  return {
    links: [{ href: '{schema}', rel: 'describedby' }],
    name: 'members',
    properties: { members: { items: memberSchema(), type: 'array' }, schema: { type: 'string' } },
  };
}
