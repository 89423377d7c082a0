/**
 * GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec) parsed as they
 * arrive, so an image file goes from the client's socket to Glance's without ever being held whole.
 *
 * yoga's own multipart parser calls `request.formData()`, which collects the entire file before any resolver
 * runs. The spec orders the parts `operations`, `map`, then the files, so this parser reads `operations` and
 * `map` (each capped), reads the headers of the file part, and hands the operation to yoga with a
 * `StreamedUpload` in place of the file. Its `stream()` is the live body of the file part: every chunk the
 * upstream request pulls is read from the client socket at that moment, so backpressure runs from the
 * upstream socket back to the client.
 *
 * One file per request (the gateway's only file argument is `uploadImageFile(file:)`). A request whose body is
 * refused (malformed, too large, cut short) answers with a request-level error (400/413) whatever the resolver
 * made of its broken stream. A remainder left unread when the answer is ready (the resolver failed before
 * consuming the file) is read and thrown away up to `maxDiscardBytes`, so the client can finish sending and
 * read the answer on a connection that stays usable; beyond that the connection is closed.
 */

export { badMultipart } from './errors';
export { DEFAULT_MAX_DISCARD_BYTES, DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_REQUEST_BODY_SIZE, type StreamingMultipartOptions } from './options';
export { MultipartBody, type BodyReader, type PartHeaders } from './parser';
export { useStreamingMultipart } from './plugin';
export { UploadSession } from './session';
