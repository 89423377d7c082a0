/** What a multipart upload may be, and the defaults the gateway starts from (config overrides the first and the idle timeout). */

export interface StreamingMultipartOptions {
  /** Largest file accepted; bytes beyond it are never forwarded and the request is answered 413. */
  maxUploadBytes: number;
  /** Cap of the `operations` and `map` parts, each. */
  maxFieldBytes?: number;
  /**
   * Body limit of every other request. yoga's own limit (`maxRequestBodySize`) counts multipart bodies too,
   * so it has to be off for uploads; this plugin applies the same checks, with the same errors, elsewhere.
   */
  maxRequestBodySize?: number;
  /** How much of an unread remainder is read and discarded after the answer before the connection is closed. */
  maxDiscardBytes?: number;
  /**
   * A read of the body that waits longer than this for the client ends the upload (408, UPLOAD_IDLE_TIMEOUT):
   * its upstream request is aborted, freeing the connection, and Glance leaves the image as it leaves a cut
   * upload. There is no whole-request timeout: a large file on a slow but steady link may take as long as it takes.
   */
  idleTimeoutMs?: number;
}

export const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;
/** yoga's default `maxRequestBodySize`. */
export const DEFAULT_MAX_REQUEST_BODY_SIZE = 25_000_000;
export const DEFAULT_MAX_DISCARD_BYTES = 16 * 1024 * 1024;
