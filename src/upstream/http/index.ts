export {
  HttpClient,
  DEFAULT_HTTP_OPTIONS,
  buildUrl,
  type HttpClientOptions,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type Query,
  type QueryValue,
  type StreamingBody,
} from './client';
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
