/**
 * How a request to an upstream (IAM, IMS, Glance) gets its credentials.
 *
 * The HTTP core calls `authorize` for every outgoing request, after the URL, headers and (when it is a
 * buffer) the body are final, and merges the returned headers in. Providers:
 * - passthrough: the caller's own token as `X-Auth-Token` (the default; see ./passthrough.ts);
 * - service account: a gateway-owned IAM/Keystone token, cached and renewed (./service-account.ts);
 * - AK/SK: Huawei SDK-HMAC-SHA256 request signing (./aksk.ts).
 */
export interface OutgoingRequest {
  method: string;
  /** Absolute URL including the query string, exactly as it will be sent. */
  url: URL;
  /** Lower-case header names, as they will be sent (before the provider's own headers). */
  headers: Record<string, string>;
  /** The body when it is buffered; undefined when there is none or when it streams. */
  body?: string | Uint8Array;
  /** True when the body is a stream that cannot be hashed up front (signers then sign UNSIGNED-PAYLOAD). */
  streamingBody?: boolean;
}

export interface AuthProvider {
  /** Short name for logs and errors, never a secret: 'passthrough' | 'service-account' | 'aksk'. */
  readonly kind: string;
  /** Headers to add to the request. Must not mutate `req`. */
  authorize(req: OutgoingRequest): Promise<Record<string, string>>;
  /**
   * Called once when the upstream answered 401 to a request this provider authorized. A provider holding a
   * renewable credential (service account) renews it and returns true, and the request is retried once.
   * Passthrough and AK/SK return false: the caller's credential is simply rejected. `rejected` holds the
   * headers `authorize` returned for the refused request, so a provider can tell a late 401 for a token it
   * already replaced from a 401 for its current one.
   */
  onUnauthorized?(rejected?: Record<string, string>): Promise<boolean>;
}
