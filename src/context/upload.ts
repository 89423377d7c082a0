/**
 * The Upload scalar's value: the file part of a multipart request, streamed (server/multipart/ parses the body;
 * resolvers read the part through this).
 */
const STREAMED_UPLOAD = Symbol.for('ims-glance-gateway.StreamedUpload');

/**
 * The file part of a multipart request, still arriving. It has what the Upload scalar's consumers use of a
 * `File` (name, type, size, stream()), but its size is unknown until the part ends (multipart parts carry no
 * length), and its stream can be read once.
 */
export class StreamedUpload {
  readonly [STREAMED_UPLOAD] = true;
  /** Unknown: the body of a multipart part is delimited, not counted. */
  readonly size: number | undefined = undefined;
  #open: (() => ReadableStream<Uint8Array>) | null;

  constructor(
    readonly name: string,
    readonly type: string,
    open: () => ReadableStream<Uint8Array>,
  ) {
    this.#open = open;
  }

  /** The live body of the file part. */
  stream(): ReadableStream<Uint8Array> {
    const open = this.#open;
    if (!open) throw new Error('The uploaded file is streamed as it arrives and can be read only once');
    this.#open = null;
    return open();
  }
}

export function isStreamedUpload(v: unknown): v is StreamedUpload {
  return typeof v === 'object' && v !== null && (v as Record<symbol, unknown>)[STREAMED_UPLOAD] === true;
}
