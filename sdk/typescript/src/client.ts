// The hand-written layer of the SDK (everything under src/generated/ is generated from
// openapi.yaml by `scripts/generate` and never edited). A typed fetch client over the generated
// `paths`: fresh Idempotency-Keys for creates, If-Match from the last ETag of the resource (an
// action's answer and a list's items included), iterators over cursor pages (items, or whole
// pages with their facets), a timeout, retries with jittered backoff on network errors and
// 429/503 honouring Retry-After (idempotent and keyed requests only), a token-provider callback,
// and problem errors typed by their `type`. No dependency beyond the platform's fetch and
// WebCrypto.

import type { components, paths, webhooks } from "./generated/schema.js";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];

/** The body of a webhook delivery, one member per event type of the contract's `webhooks`:
 * a union discriminated by `type` (narrow with `if (event.type === "job.published")`). */
export type WebhookEvent = {
  [T in keyof webhooks]: NonNullable<webhooks[T]["post"]> extends {
    requestBody: { content: { "application/json": infer B } };
  }
    ? B
    : never;
}[keyof webhooks];
/** The delivery body of one event type. */
export type WebhookEventOf<T extends WebhookEvent["type"]> = Extract<WebhookEvent, { type: T }>;

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** The operation object of `path` and `method` in the contract. */
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type Params<O> = O extends { parameters: infer Ps } ? Ps : never;
type PathParams<O> = Params<O> extends { path: infer X } ? ([X] extends [undefined] ? never : X) : never;
type QueryParams<O> = Params<O> extends { query?: infer X } ? ([X] extends [undefined] ? never : X) : never;
/** The JSON body of an operation that takes one. openapi-typescript writes `requestBody?: never`
 * for an operation without one: `never` matches any object pattern, so the key's own type is
 * read first (an operation without a body gets `never`, not `unknown`). */
type RequestBody<O> = O extends { requestBody?: infer R }
  ? [Exclude<R, undefined>] extends [never]
    ? never
    : Exclude<R, undefined> extends { content: { "application/json": infer B } }
      ? B
      : never
  : never;
/** Whether the contract marks the body required (`requestBody` without `?`). */
type BodyRequired<O> = O extends { requestBody: unknown } ? ([RequestBody<O>] extends [never] ? false : true) : false;
type Responses<O> = O extends { responses: infer R } ? R : never;
type SuccessCodes = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : undefined;
/** The JSON body of the operation's success responses. */
export type SuccessBody<O> = {
  [K in keyof Responses<O>]: K extends SuccessCodes ? JsonOf<Responses<O>[K]> : never;
}[keyof Responses<O>];

/** What a call needs: path parameters, query, body, extra headers, an idempotency key. */
export type CallOptions<O> = ([PathParams<O>] extends [never] ? { path?: undefined } : { path: PathParams<O> }) &
  ([QueryParams<O>] extends [never] ? { query?: undefined } : { query?: QueryParams<O> }) &
  ([RequestBody<O>] extends [never]
    ? { body?: undefined }
    : BodyRequired<O> extends true
      ? { body: RequestBody<O> }
      : { body?: RequestBody<O> }) & {
    headers?: Record<string, string>;
    /** For creates: the key to send (a fresh UUID when omitted). */
    idempotencyKey?: string;
    /**
     * For conditional updates: the ETag to send as If-Match (default: the last one this client
     * saw for the resource — from a read, a create, an action's answer, or a list item's `etag`).
     */
    ifMatch?: string;
    /** Abort this call (every retry included). */
    signal?: AbortSignal;
    /** This call's timeout per attempt, in ms (default: the client's `timeoutMs`). */
    timeoutMs?: number;
  };

/** Whether a call of `O` can be made without options (nothing required in them). */
type OptionsOptional<O> = CallOptions<O> extends { path: unknown } | { body: unknown } ? false : true;
type CallArgs<O> = OptionsOptional<O> extends true ? [CallOptions<O>?] : [CallOptions<O>];

/** The IETF RateLimit fields of an answer, parsed. */
export interface RateLimit {
  policy: string | null;
  /** Requests left in the window. */
  remaining: number | null;
  /** Seconds until the window resets. */
  reset: number | null;
}

/** A successful answer: the typed body and the headers a client works with. */
export interface ApiResponse<T> {
  status: number;
  data: T;
  etag: string | null;
  location: string | null;
  rateLimit: RateLimit;
  /** `X-Trace-Id`: quote it when reporting a problem. */
  traceId: string | null;
  response: Response;
}

/**
 * The problem types the API answers (its contract lists them, with their statuses and members,
 * under the `Problem` schema; the SDK's tests check this list against it).
 */
export const PROBLEM_TYPES = [
  "about:blank",
  "urn:jobs-api:problem:validation",
  "urn:jobs-api:problem:malformed-json",
  "urn:jobs-api:problem:invalid-parameter",
  "urn:jobs-api:problem:unknown-parameter",
  "urn:jobs-api:problem:invalid-header",
  "urn:jobs-api:problem:token-required",
  "urn:jobs-api:problem:invalid-token",
  "urn:jobs-api:problem:role-required",
  "urn:jobs-api:problem:member-deactivated",
  "urn:jobs-api:problem:not-permitted",
  "urn:jobs-api:problem:precondition-required",
  "urn:jobs-api:problem:precondition-failed",
  "urn:jobs-api:problem:invalid-cursor",
  "urn:jobs-api:problem:invalid-transition",
  "urn:jobs-api:problem:incomplete",
  "urn:jobs-api:problem:conflict",
  "urn:jobs-api:problem:already-applied",
  "urn:jobs-api:problem:idempotency-in-flight",
  "urn:jobs-api:problem:idempotency-key-reused",
  "urn:jobs-api:problem:captcha-rejected",
  "urn:jobs-api:problem:body-too-large",
  "urn:jobs-api:problem:rate-limited",
  "urn:jobs-api:problem:timeout",
  "urn:jobs-api:problem:unavailable",
  "urn:jobs-api:problem:not-configured",
  "urn:jobs-api:problem:template-invalid",
  "urn:jobs-api:problem:invalid-link",
  "urn:jobs-api:problem:link-expired",
  "urn:jobs-api:problem:link-used",
] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** An RFC 9457 problem answer, typed; `status` is the HTTP status, `type` the problem type. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** The problem type (`problem.type`), as one of [`PROBLEM_TYPES`] when the API sent one. */
  readonly type: ProblemType | (string & {});
  readonly retryAfter: number | null;
  readonly traceId: string | null;
  readonly response: Response;

  constructor(status: number, problem: Problem, response: Response) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "ProblemError";
    this.status = status;
    this.problem = problem;
    this.type = problem.type;
    this.response = response;
    this.retryAfter = retryAfterSeconds(response.headers);
    this.traceId = response.headers.get("x-trace-id");
  }

  /** Whether this is a problem of `type` (e.g. `urn:jobs-api:problem:precondition-failed`). */
  is(type: ProblemType): boolean {
    return this.type === type;
  }
}

/** Whether `error` is a problem answer, optionally of one type. */
export function isProblem(error: unknown, type?: ProblemType): error is ProblemError {
  return error instanceof ProblemError && (type === undefined || error.type === type);
}

/** A request that got no answer at all (network down, refused, timed out) after its retries. */
export class NetworkError extends Error {
  readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = "NetworkError";
    this.cause = cause;
  }
}

export interface ClientOptions {
  /** e.g. `https://api.example.com` (no trailing slash needed). */
  baseUrl: string;
  /** Called before every request: return a fresh short-lived JWT, or nothing (anonymous). */
  token?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Retries of network errors and 429/503, for idempotent or keyed requests (default 3). */
  maxRetries?: number;
  /** Each attempt's timeout in ms (default 30 s); a call's `timeoutMs` overrides it. */
  timeoutMs?: number;
  /** Longest single wait between retries, in ms (default 30 s). */
  maxBackoffMs?: number;
  fetch?: typeof fetch;
  userAgent?: string;
}

const IDEMPOTENT: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** The client: `call` reaches any operation of the contract, typed by path and method. */
export class JobsApiClient {
  private readonly baseUrl: string;
  private readonly opts: ClientOptions;
  /** The last ETag seen per resource path, for If-Match. */
  private readonly etags = new Map<string, string>();

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.opts = options;
  }

  /**
   * Calls `method path` of the contract. Resolves with the typed success body and headers;
   * rejects with a `ProblemError` carrying the problem document for any other answer, or a
   * `NetworkError` when no answer came (after the retries an idempotent or keyed call gets).
   */
  async call<P extends keyof paths, M extends HttpMethod & keyof paths[P]>(
    method: M,
    path: P,
    ...[options]: CallArgs<Operation<P, M>>
  ): Promise<ApiResponse<SuccessBody<Operation<P, M>>>> {
    const o = (options ?? {}) as CallOptions<Operation<P, M>> & {
      path?: Record<string, string>;
      query?: Record<string, unknown>;
      body?: unknown;
    };
    const resourcePath = fillPath(String(path), o.path);
    const url = this.baseUrl + resourcePath + queryString(o.query);
    const verb = String(method).toUpperCase();
    const headers: Record<string, string> = { accept: "application/json", ...(o.headers ?? {}) };
    if (this.opts.userAgent) headers["user-agent"] = this.opts.userAgent;
    if (o.body !== undefined) headers["content-type"] = "application/json";
    if (verb === "POST" && operationTakesKey(String(path), verb)) {
      headers["idempotency-key"] = o.idempotencyKey ?? crypto.randomUUID();
    }
    if (verb === "PATCH" || verb === "PUT") {
      const tag = o.ifMatch ?? this.etags.get(resourcePath);
      if (tag) headers["if-match"] = tag;
    }
    const retryable = IDEMPOTENT.has(verb) || headers["idempotency-key"] !== undefined;
    const body = o.body === undefined ? undefined : JSON.stringify(o.body);
    const doFetch = this.opts.fetch ?? fetch;
    const maxRetries = this.opts.maxRetries ?? 3;
    const timeoutMs = o.timeoutMs ?? this.opts.timeoutMs ?? 30_000;
    for (let attempt = 0; ; attempt++) {
      const token = this.opts.token ? await this.opts.token() : undefined;
      const signals = [AbortSignal.timeout(timeoutMs), ...(o.signal ? [o.signal] : [])];
      let response: Response;
      try {
        response = await doFetch(url, {
          method: verb,
          headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
          body,
          signal: AbortSignal.any(signals),
        });
      } catch (error) {
        // The caller's own abort is not retried; a network error or a timeout is, when the
        // request is safe to repeat.
        if (o.signal?.aborted) throw o.signal.reason;
        if (!retryable || attempt >= maxRetries) {
          throw new NetworkError(`${verb} ${resourcePath}: no answer (${describe(error)})`, error);
        }
        await sleep(this.backoff(attempt, null), o.signal);
        continue;
      }
      if (response.ok) {
        return this.success(response, String(path), resourcePath);
      }
      const retry = (response.status === 429 || response.status === 503) && retryable && attempt < maxRetries;
      if (!retry) {
        throw new ProblemError(response.status, await problemOf(response), response);
      }
      await response.arrayBuffer().catch(() => undefined);
      await sleep(this.backoff(attempt, retryAfterSeconds(response.headers)), o.signal);
    }
  }

  /**
   * Every item of a cursor-paginated list, page after page. A feed that always returns a cursor
   * to resume from (the public changes feed) ends where it says `has_more: false`; keep its
   * last `next_cursor` to poll later.
   */
  async *paginate<P extends keyof paths>(
    path: P,
    ...args: CallArgs<Operation<P, "get">>
  ): AsyncGenerator<PageItem<SuccessBody<Operation<P, "get">>>> {
    for await (const page of this.pages(path, ...args)) {
      const data = page.data as { items?: unknown[] };
      for (const item of data.items ?? []) yield item as PageItem<SuccessBody<Operation<P, "get">>>;
    }
  }

  /**
   * Every page of a cursor-paginated list, whole: its items and whatever else the page says
   * (`facets` of a public search, `next_cursor` to resume from, `has_more`).
   */
  async *pages<P extends keyof paths>(
    path: P,
    ...[options]: CallArgs<Operation<P, "get">>
  ): AsyncGenerator<ApiResponse<SuccessBody<Operation<P, "get">>>> {
    const base = (options ?? {}) as { query?: Record<string, unknown> };
    let cursor: string | null | undefined = undefined;
    do {
      const query: Record<string, unknown> = { ...(base.query ?? {}) };
      if (cursor) query.cursor = cursor;
      const page = (await (this.call as (m: string, p: string, o: unknown) => Promise<ApiResponse<unknown>>)(
        "get",
        String(path),
        { ...(options ?? {}), query },
      )) as ApiResponse<{ items: unknown[]; next_cursor?: string | null; has_more?: boolean }>;
      yield page as unknown as ApiResponse<SuccessBody<Operation<P, "get">>>;
      cursor = page.data.has_more === false ? null : page.data.next_cursor;
    } while (cursor);
  }

  /** The last ETag this client saw for a resource path (e.g. `/v1/jobs/{id}`). */
  etagOf(resourcePath: string): string | undefined {
    return this.etags.get(resourcePath);
  }

  private async success(response: Response, template: string, resourcePath: string): Promise<ApiResponse<never>> {
    const text = response.status === 204 ? "" : await response.text();
    const etag = response.headers.get("etag");
    const location = response.headers.get("location");
    const contentLocation = response.headers.get("content-location");
    const data = (text && isJson(response.headers.get("content-type")) ? JSON.parse(text) : text || undefined) as unknown;
    if (etag && !etag.startsWith("W/")) {
      // The ETag belongs to the resource the answer represents: the created one (Location),
      // the one an action answered with (Content-Location), else the path itself.
      this.etags.set(contentLocation ?? location ?? withoutVerb(resourcePath), etag);
    }
    this.rememberItems(template, resourcePath, data);
    return {
      status: response.status,
      // JSON bodies are parsed; others (the RSS feed) are returned as text.
      data: data as never,
      etag,
      location,
      rateLimit: rateLimitOf(response.headers),
      traceId: response.headers.get("x-trace-id"),
      response,
    };
  }

  /** A list's items carry their `etag`: remember each under its own path, so an edit can
   * start from the list. */
  private rememberItems(template: string, resourcePath: string, data: unknown): void {
    const itemPath = ITEM_PATHS[template];
    const items = (data as { items?: unknown } | undefined)?.items;
    if (!itemPath || !Array.isArray(items)) return;
    for (const item of items as Array<{ id?: unknown; etag?: unknown }>) {
      if (typeof item?.id === "string" && typeof item.etag === "string") {
        this.etags.set(itemPath(item.id, resourcePath), item.etag);
      }
    }
  }

  /** Full jitter: uniform in [0, min(cap, 250 ms × 2^attempt)], never less than Retry-After. */
  private backoff(attempt: number, retryAfter: number | null): number {
    const cap = this.opts.maxBackoffMs ?? 30_000;
    const jittered = Math.random() * Math.min(cap, 250 * 2 ** attempt);
    return Math.min(cap, Math.max(jittered, (retryAfter ?? 0) * 1000));
  }
}

/** Where a list's items live, by the list's path template. */
const ITEM_PATHS: Record<string, (id: string, listPath: string) => string> = {
  "/v1/jobs": (id) => `/v1/jobs/${encodeURIComponent(id)}`,
  "/v1/applicants": (id) => `/v1/applicants/${encodeURIComponent(id)}`,
  "/v1/applications": (id) => `/v1/applications/${encodeURIComponent(id)}`,
  "/v1/jobs/{id}/applications": (id) => `/v1/applications/${encodeURIComponent(id)}`,
};

/** `/v1/jobs/42:publish` → `/v1/jobs/42`: an action answers with the resource it acted on. */
function withoutVerb(resourcePath: string): string {
  const last = resourcePath.lastIndexOf("/");
  const colon = resourcePath.indexOf(":", last);
  return colon > last ? resourcePath.slice(0, colon) : resourcePath;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === "TimeoutError" ? "timed out" : error.message;
  return String(error);
}

type PageItem<B> = B extends { items: Array<infer I> } ? I : never;

/** The creates that take an Idempotency-Key (the contract's `IdempotencyKey` parameter). */
const KEYED: ReadonlySet<string> = new Set([
  "/v1/jobs",
  "/v1/applicants",
  "/v1/jobs/{id}/applications",
  "/v1/public/jobs/{id}/apply",
  "/v1/public/jobs/{id}/uploads:presign",
  "/v1/uploads:presign",
  "/v1/webhooks/subscriptions",
]);

function operationTakesKey(path: string, verb: string): boolean {
  return verb === "POST" && KEYED.has(path);
}

function isJson(contentType: string | null): boolean {
  const essence = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence.endsWith("+json");
}

function fillPath(template: string, params?: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new TypeError(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

function queryString(query?: Record<string, unknown>): string {
  if (!query) return "";
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, String(x)));
    else q.append(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

async function problemOf(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as Problem;
    if (body && typeof body === "object" && "status" in body) return body;
  } catch {
    // Not JSON: described below.
  }
  return {
    type: "about:blank",
    title: response.statusText || "Error",
    status: response.status,
    detail: text.slice(0, 500) || undefined,
  } as Problem;
}

function retryAfterSeconds(headers: Headers): number | null {
  const value = headers.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, (at - Date.now()) / 1000);
}

function rateLimitOf(headers: Headers): RateLimit {
  const field = (name: string, key: string): number | null => {
    const m = new RegExp(`(?:^|[;,\\s])${key}=(\\d+)`).exec(headers.get(name) ?? "");
    return m?.[1] ? Number(m[1]) : null;
  };
  return {
    policy: headers.get("ratelimit-policy"),
    remaining: field("ratelimit", "r"),
    reset: field("ratelimit", "t"),
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * Verifies a Standard Webhooks delivery (the `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` headers, HMAC-SHA256 with the subscription's `whsec_…` secret) and returns
 * its parsed body, typed by the contract's event catalogue. Throws when the signature does not
 * match or the timestamp is further than `toleranceSeconds` (default 300) from now. `body` is
 * the raw request body, exactly as received.
 */
export async function verifyWebhook<T = WebhookEvent>(
  secret: string,
  headers: Headers | Record<string, string | string[] | undefined>,
  body: string,
  options: { toleranceSeconds?: number; now?: Date } = {},
): Promise<T> {
  const get = (name: string): string => {
    if (headers instanceof Headers) return headers.get(name) ?? "";
    const v = headers[name] ?? headers[name.toLowerCase()];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  const id = get("webhook-id");
  const timestamp = get("webhook-timestamp");
  const signatures = get("webhook-signature");
  if (!id || !timestamp || !signatures) throw new Error("not a Standard Webhooks delivery: a webhook-* header is missing");
  const sent = Number(timestamp);
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (!Number.isFinite(sent) || Math.abs(now - sent) > (options.toleranceSeconds ?? 300)) {
    throw new Error("webhook-timestamp is too far from now (a replayed or delayed delivery)");
  }
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, "")), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${timestamp}.${body}`)));
  const expected = btoa(String.fromCharCode(...mac));
  const offered = signatures
    .split(" ")
    .filter((s) => s.startsWith("v1,"))
    .map((s) => s.slice(3));
  if (!offered.some((s) => timingSafeEqual(s, expected))) throw new Error("the webhook signature does not match");
  return JSON.parse(body) as T;
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
