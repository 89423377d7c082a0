export { HttpClient, DEFAULT_HTTP_OPTIONS, type HttpClientOptions } from './client';
export {
  buildUrl,
  type CallTrace,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type Query,
  type QueryValue,
  type StreamingBody,
} from './request';
export {
  UpstreamError,
  isUpstreamError,
  decodeErrorBody,
  parseRetryAfter,
  type UpstreamErrorKind,
  type UpstreamErrorInit,
  type DecodedErrorBody,
} from './errors';
export { anonymousAuth } from './anonymous';
