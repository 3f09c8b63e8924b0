// The hand-written layer of the SDK (everything under src/generated/ is generated from
// openapi.yaml by `scripts/generate` and never edited). A typed fetch client over the generated
// `paths`: fresh Idempotency-Keys for creates, If-Match from the last read's ETag, an async
// iterator over cursor pages, retries with jittered backoff on 429/503 honouring Retry-After
// (idempotent and keyed requests only), a token-provider callback, and typed problem errors.
// No dependency beyond the platform's fetch.

import type { components, paths } from "./generated/schema.js";

export type Schemas = components["schemas"];
export type Problem = Schemas["Problem"];

type HttpMethod = "get" | "put" | "post" | "delete" | "patch";

/** The operation object of `path` and `method` in the contract. */
type Operation<P extends keyof paths, M extends HttpMethod> = NonNullable<paths[P][M]>;

type Params<O> = O extends { parameters: infer Ps } ? Ps : never;
type PathParams<O> = Params<O> extends { path: infer X } ? X : never;
type QueryParams<O> = Params<O> extends { query?: infer X } ? X : never;
type RequestBody<O> = O extends { requestBody: { content: { "application/json": infer B } } }
  ? B
  : O extends { requestBody?: { content: { "application/json": infer B } } }
    ? B
    : never;
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
  ([RequestBody<O>] extends [never] ? { body?: undefined } : { body: RequestBody<O> }) & {
    headers?: Record<string, string>;
    /** For creates: the key to send (a fresh UUID when omitted). */
    idempotencyKey?: string;
    /** For conditional updates: the ETag to send as If-Match (default: the last one read). */
    ifMatch?: string;
    signal?: AbortSignal;
  };

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

/** An RFC 9457 problem answer, typed; `status` is the HTTP status. */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfter: number | null;
  readonly traceId: string | null;
  readonly response: Response;

  constructor(status: number, problem: Problem, response: Response) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "ProblemError";
    this.status = status;
    this.problem = problem;
    this.response = response;
    this.retryAfter = retryAfterSeconds(response.headers);
    this.traceId = response.headers.get("x-trace-id");
  }
}

export interface ClientOptions {
  /** e.g. `https://api.example.com` (no trailing slash needed). */
  baseUrl: string;
  /** Called before every request: return a fresh short-lived JWT, or nothing (anonymous). */
  token?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Retries of 429/503 for idempotent or keyed requests (default 3). */
  maxRetries?: number;
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
   * rejects with a `ProblemError` carrying the problem document for any other answer.
   */
  async call<P extends keyof paths, M extends HttpMethod & keyof paths[P]>(
    method: M,
    path: P,
    ...[options]: CallOptions<Operation<P, M>> extends { path: unknown } | { body: unknown }
      ? [CallOptions<Operation<P, M>>]
      : [CallOptions<Operation<P, M>>?]
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
    for (let attempt = 0; ; attempt++) {
      const token = this.opts.token ? await this.opts.token() : undefined;
      const response = await doFetch(url, {
        method: verb,
        headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
        body,
        signal: o.signal,
      });
      if (response.ok) {
        return this.success(response, resourcePath);
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
    ...[options]: CallOptions<Operation<P, "get">> extends { path: unknown }
      ? [CallOptions<Operation<P, "get">>]
      : [CallOptions<Operation<P, "get">>?]
  ): AsyncGenerator<PageItem<SuccessBody<Operation<P, "get">>>> {
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
      for (const item of page.data.items) yield item as PageItem<SuccessBody<Operation<P, "get">>>;
      cursor = page.data.has_more === false ? null : page.data.next_cursor;
    } while (cursor);
  }

  /** The last ETag this client saw for a resource path (e.g. `/v1/jobs/{id}`). */
  etagOf(resourcePath: string): string | undefined {
    return this.etags.get(resourcePath);
  }

  private async success(response: Response, resourcePath: string): Promise<ApiResponse<never>> {
    const text = response.status === 204 ? "" : await response.text();
    const etag = response.headers.get("etag");
    const location = response.headers.get("location");
    if (etag) {
      // A create's ETag belongs to the created resource.
      this.etags.set(location ?? resourcePath, etag);
    }
    return {
      status: response.status,
      // JSON bodies are parsed; others (the RSS feed) are returned as text.
      data: (text && isJson(response.headers.get("content-type"))
        ? JSON.parse(text)
        : text || undefined) as never,
      etag,
      location,
      rateLimit: rateLimitOf(response.headers),
      traceId: response.headers.get("x-trace-id"),
      response,
    };
  }

  /** Full jitter: uniform in [0, min(cap, 250 ms × 2^attempt)], never less than Retry-After. */
  private backoff(attempt: number, retryAfter: number | null): number {
    const cap = this.opts.maxBackoffMs ?? 30_000;
    const jittered = Math.random() * Math.min(cap, 250 * 2 ** attempt);
    return Math.min(cap, Math.max(jittered, (retryAfter ?? 0) * 1000));
  }
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
