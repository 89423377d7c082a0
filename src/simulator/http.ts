import type { IncomingMessage } from 'node:http';

/** What a handler answers; the server turns it into bytes (and a fault may distort it on the way out). */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialisable value, or raw bytes/text; undefined for no body. */
  body?: unknown;
  /** Set when `body` is already bytes/text and must not be JSON-encoded. */
  raw?: boolean;
  /** A body streamed from the image store (download); `Content-Length` is then the handler's. */
  stream?: NodeJS.ReadableStream & { destroy(): void };
}

/**
 * The two error body shapes of §C.9: IMS-extension paths nest (`{"error":{"code","message"}}`), Glance-native
 * paths and IAM are flat (`{"error_code","error_msg"}`). The shape belongs to the path, not to the error.
 */
export type ErrorStyle = 'nested' | 'flat';

export function errorStyleForPath(path: string): ErrorStyle {
  if (/^\/v(1|2|2\.1)\/cloudimages(\/|$)/.test(path)) return 'nested';
  if (/^\/v1\/[^/]+\/cloudimages\//.test(path)) return 'nested';
  if (/^\/v2\/[^/]+\/images(\/|$)/.test(path) && !/^\/v2\/images\//.test(path)) return 'nested';
  if (/^\/v1\/[^/]+\/jobs(\/|$)/.test(path)) return 'nested';
  return 'flat';
}

/** Thrown by handlers to answer an error in the path's style. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function errorBody(style: ErrorStyle, code: string, message: string): unknown {
  return style === 'nested' ? { error: { code, message } } : { error_code: code, error_msg: message };
}

export function json(status: number, body: unknown, headers?: Record<string, string>): SimResponse {
  return { status, body, headers };
}

export function noContent(status = 204, headers?: Record<string, string>): SimResponse {
  return { status, headers };
}

export const bad = (code: string, message: string): SimError => new SimError(400, code, message);

/** The documented IMS error texts (§C.11), so every 400 carries the same message for the same code. */
export const IMG_MESSAGES: Record<string, string> = {
  'IMG.0001': 'The request message format is invalid.',
  'IMG.0002': 'The image name contains more than 128 characters.',
  'IMG.0003': 'The image name format is invalid.',
  'IMG.0004': 'The description contains more than 1024 characters.',
  'IMG.0005': 'The ECS does not exist.',
  'IMG.0007': 'The request body is empty.',
  'IMG.0008': 'The ECS cannot be used to create images because it is not in stopped state.',
  'IMG.0009': 'The image name already exists.',
  'IMG.0010': 'The ECS cannot be used to create an image because it has in-progress tasks.',
  'IMG.0012': 'The ECS ID is not specified.',
  'IMG.0013': 'The image name is not specified.',
  'IMG.0015': 'The number of private images has reached the maximum allowed.',
  'IMG.0017': 'The URL format is incorrect.',
  'IMG.0019': 'The backup ID is not specified.',
  'IMG.0020': 'The backup does not exist.',
  'IMG.0021': 'The resource type is unknown.',
  'IMG.0022': 'The disk in the current state cannot be used to create images.',
  'IMG.0024': 'The imagetype is invalid.',
  'IMG.0027': 'The image ID in the request does not exist.',
  'IMG.0028': 'The image in the request is protected.',
  'IMG.0029': 'The backup in the request has already been used to create an image.',
  'IMG.0030': 'The project ID and token in the request are invalid.',
  'IMG.0032': 'The backup is unavailable.',
  'IMG.0046': 'The image is unavailable.',
  'IMG.0047': 'This operation can be performed only by the image owner.',
  'IMG.0054': 'The image description format is invalid.',
  'IMG.0055': 'The memory or disk size is invalid.',
  'IMG.0056': 'The OS type is invalid.',
  'IMG.0057': 'The image file does not exist, is empty, or in the incorrect format.',
  'IMG.0058': 'The region of the bucket where the image file is stored is inconsistent with that of the user.',
  'IMG.0059': 'The size of the image file exceeds the maximum allowed.',
  'IMG.0061': 'Unknown system error.',
  'IMG.0067': 'The project ID is incorrect.',
  'IMG.0068': 'The specified bucket name is empty.',
  'IMG.0069': 'The specified bucket cannot be accessed.',
  'IMG.0070': 'The image file already exists. Confirm the file in the corresponding directory of the OBS bucket or in the OBS bucket.',
  'IMG.0071': 'The image cannot be exported.',
  'IMG.0072': 'The specified image format is not supported.',
  'IMG.0073': 'The name of the exported file is empty.',
  'IMG.0075': 'The file name contains invalid characters.',
  'IMG.0076': 'You cannot share an image with yourself.',
  'IMG.0077': 'The public image cannot be exported.',
  'IMG.0079': 'The system disk image created from a charged image cannot be exported.',
  'IMG.0080': 'The image created from a CSBS or CBR backup cannot be exported.',
  'IMG.0081': 'The image cannot be exported because it is created from an image file.',
  'IMG.0083': 'The image is a public image.',
  'IMG.0086': 'No image was found.',
  'IMG.0088': 'The number of shared images has reached the maximum allowed.',
  'IMG.0089': 'The public image or Marketplace image cannot be shared.',
  'IMG.0091': 'The protected image cannot be deleted.',
  'IMG.0092': 'The image can only be deleted by the owner.',
  'IMG.0094': 'The public image cannot be deleted.',
  'IMG.0095': 'The KMS key does not exist.',
  'IMG.0096': 'The specified KMS key ID must be different from the image key ID.',
  'IMG.0097': 'The key is not enabled.',
  'IMG.0098': 'The encrypted image cannot be shared or published in Marketplace.',
  'IMG.0106': 'The image owner is another tenant.',
  'IMG.0108': 'The tenant ID was not found in the current region.',
  'IMG.0109': 'The bucket name contains invalid characters.',
  'IMG.0113': 'Failed to delete the tenant.',
  'IMG.0115': 'The image tag is invalid.',
  'IMG.0116': 'The number of image tags exceeds the quota.',
  'IMG.0117': 'The image source can only be BMS or ECS.',
  'IMG.0120': 'The specified data disk ID is unavailable.',
  'IMG.0121': 'The object cannot be found.',
  'IMG.0123': 'The image file address in the request is duplicate.',
  'IMG.0126': 'The VM in the current stage cannot be used to create a full-ECS image.',
  'IMG.0128': 'The full-ECS image cannot be exported.',
  'IMG.0130': 'The full-ECS image cannot be exported or replicated.',
  'IMG.0132': 'The CSBS backup in the current state cannot be used to create a full-ECS image.',
  'IMG.0134': 'The CSBS backup has been registered as an image.',
  'IMG.0135': 'The full-ECS image cannot be shared.',
  'IMG.0136': 'Failed to create a full-ECS image because the ECS is being backed up.',
  'IMG.0140': 'The disks in the request come from different ECSs.',
  'IMG.0141': 'The value of hw_firmware_type is not uefi or bios.',
  'IMG.0142': 'Replication must be performed across regions.',
  'IMG.0143': 'An encrypted image cannot be replicated cross regions.',
  'IMG.0144': 'The image does not exist.',
  'IMG.0145': 'The project name is incorrect.',
  'IMG.0146': 'The size of the image to be replicated across regions exceeds the upper limit.',
  'IMG.0147': 'The entered region information is incorrect.',
  'IMG.0149': 'The number of image replicated cross regions exceeds the maximum number allowed at a time.',
  'IMG.0151': 'The agency does not have the needed permissions to perform this operation on the target project.',
  'IMG.0158':
    'Only image files in raw OR ZVHD2 format support the Fast Create function. For raw image files, bitmaps must be uploaded to the OBS bucket together with image files.',
  'IMG.0159': 'The OS version is required when image files are used to create ECSs through the fast image creation function.',
  'IMG.0160': 'Only images less than 128 GB can be exported.',
  'IMG.0166': 'OS information must be contained in the ISO files used to create images.',
  'IMG.0167': 'This operation cannot be performed for ISO images.',
  'IMG.0182': 'Insufficient vault capacity. Please expand the capacity.',
  'IMG.0184': 'Failed to obtain the vault.',
  'IMG.0188': 'The vault is unavailable.',
  'IMG.0192': 'The flavor used to query images is invalid.',
  'IMG.0193': 'The vault is not a cloud server backup vault.',
  'IMG.0196': 'The image cannot be replicated because it has not been accepted by the recipient.',
  'IMG.0197': 'Failed to replicate the shared image because it is encrypted using KMS.',
  'IMG.0198': 'Backup ID does not match the backup type or does not exist.',
};

/** A 400 with the documented message; `detail` is appended for the cases where the code alone is vague. */
export function img(code: string, detail?: string, status = 400): SimError {
  const base = IMG_MESSAGES[code] ?? 'The request message format is invalid.';
  return new SimError(status, code, detail ? `${base} ${detail}` : base);
}

export interface ReadBodyResult {
  bytes: Buffer;
}

/** Buffer a (small) request body; bigger than `maxBytes` → 413. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) throw new SimError(413, 'IMG.0001', 'The request body is too large.');
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Media type without parameters, lower case. */
export function mediaType(req: IncomingMessage): string {
  return (headerOf(req, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Glance-native paths (and the version documents), whose errors come from Glance's webob rather than IMS. */
export function isGlancePath(path: string): boolean {
  return path === '/' || path === '/versions' || /^\/(v2\/(images|schemas|info)|v1(\.1)?\/images)(\/|$)/.test(path) || /^\/v\d+(\.\d+)?$/.test(path);
}

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  416: 'Request Range Not Satisfiable',
  500: 'Internal Server Error',
};

/**
 * Glance's error body, negotiated by `Accept` as webob does: JSON `{message, code, title}` when the client asks
 * for JSON, otherwise webob's HTML page (glanceclient sends no Accept and reads the HTML; a flat JSON body
 * with string values crashes it). The JSON form also carries Huawei's `error_code`/`error_msg` (§C.9), so the
 * IMS code survives for API clients; clients that read `message` (openstacksdk) see Glance's text.
 */
export function glanceErrorResponse(accept: string | undefined, status: number, code: string, message: string, headers?: Record<string, string>): SimResponse {
  const title = STATUS_TITLES[status] ?? 'Error';
  // webob prefers HTML whenever HTML is acceptable at all (`*/*`, `text/html`), JSON only when asked for alone.
  const wantsJson = /application\/json/i.test(accept ?? '') && !/text\/html|\*\/\*/i.test(accept ?? '');
  if (wantsJson) {
    return {
      status,
      headers,
      body: { message: `${message}<br /><br />\n\n\n`, code: `${status} ${title}`, title, error_code: code, error_msg: message },
    };
  }
  const html = `<html>\n <head>\n  <title>${status} ${title}</title>\n </head>\n <body>\n  <h1>${status} ${title}</h1>\n  ${escapeHtml(message)}<br /><br />\n\n\n\n </body>\n</html>`;
  return { status, headers: { ...headers, 'Content-Type': 'text/html; charset=UTF-8' }, body: html, raw: true };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
