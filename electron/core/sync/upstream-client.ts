// HTTP client for an upstream data service: the connector's auth, timeouts, a cap on what it reads into
// memory, conditional requests (ETag), and failures told in plain words.
export type UpstreamFailure = 'unreachable' | 'timeout' | 'unauthorized' | 'http' | 'invalid-response' | 'too-large' | 'cancelled';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }

  /** The source cannot be reached at all (as opposed to answering badly). */
  get unreachable(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout' || [502, 503, 504].includes(this.status ?? 0);
  }
}

/** The connector's auth with its secret resolved (from the keychain, or given at start). */
export type ResolvedAuth =
  | { kind: 'none' }
  | { kind: 'bearer'; secret: string | undefined }
  | { kind: 'api-key'; in: 'header' | 'query'; name: string; secret: string | undefined }
  | { kind: 'basic'; username: string; secret: string | undefined };

export interface UpstreamClientOptions {
  baseUrl: string;
  /** Bearer token, kept for the provincial connector's older callers; `auth` wins when both are given. */
  token?: string;
  auth?: ResolvedAuth;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  /** application/x-www-form-urlencoded body (Open311 POST). */
  form?: Record<string, string | undefined>;
  accept?: string;
  /** Sends If-None-Match; a 304 answer comes back as `notModified`. */
  etag?: string | null;
  signal?: AbortSignal;
}

export interface UpstreamAnswer {
  status: number;
  text: string;
  etag: string | null;
  notModified: boolean;
  headers: Headers;
}

const MiB = 1024 * 1024;

export class UpstreamClient {
  private auth: ResolvedAuth;

  constructor(private readonly options: UpstreamClientOptions) {
    this.auth = options.auth ?? (options.token ? { kind: 'bearer', secret: options.token } : { kind: 'none' });
  }

  get baseUrl() {
    return this.options.baseUrl;
  }

  /** A credential changed in the keychain: later requests use the new secret. */
  updateSecret(secret: string | undefined) {
    if (this.auth.kind !== 'none') this.auth = { ...this.auth, secret };
  }

  url(path: string, query: Record<string, string | undefined> = {}): URL {
    const base = this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`;
    const url = new URL(path.replace(/^\//, ''), base);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
    return url;
  }

  async request(path: string, o: RequestOptions = {}): Promise<UpstreamAnswer> {
    const query = { ...o.query };
    const headers: Record<string, string> = { accept: o.accept ?? 'application/json', ...o.headers };
    const form = o.form ? { ...o.form } : undefined;
    this.applyAuth(headers, form ?? query);
    if (o.etag) headers['if-none-match'] = o.etag;
    const url = this.url(path, query);
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 30_000);
    const signal = o.signal ? AbortSignal.any([o.signal, timeout]) : timeout;
    let body: string | undefined;
    if (form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined)).toString();
    }
    let response: Response;
    try {
      response = await fetch(url, { method: o.method ?? 'GET', headers, body, signal });
    } catch (error) {
      throw this.failure(error, url, o.signal, timeout);
    }
    const etag = response.headers.get('etag');
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: 304, text: '', etag: etag ?? o.etag ?? null, notModified: true, headers: response.headers };
    }
    let text: string;
    try {
      text = await this.readCapped(response, url);
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      throw this.failure(error, url, o.signal, timeout);
    }
    if (response.status === 401 || response.status === 403) {
      const missing = 'secret' in this.auth && !this.auth.secret ? ' — no credential is stored for this source' : '';
      throw new UpstreamError('unauthorized', `the upstream refused our credentials (HTTP ${response.status})${missing}`, response.status);
    }
    if (!response.ok) throw new UpstreamError('http', `the upstream answered HTTP ${response.status}${upstreamMessage(text)}`, response.status);
    return { status: response.status, text, etag, notModified: false, headers: response.headers };
  }

  async getJson(path: string, query: Record<string, string | undefined> = {}, signal?: AbortSignal): Promise<unknown> {
    const answer = await this.request(path, { query, signal });
    return parseJson(answer.text);
  }

  private applyAuth(headers: Record<string, string>, params: Record<string, string | undefined>) {
    const a = this.auth;
    if (a.kind === 'bearer' && a.secret) headers.authorization = `Bearer ${a.secret}`;
    if (a.kind === 'basic' && a.secret) headers.authorization = `Basic ${Buffer.from(`${a.username}:${a.secret}`).toString('base64')}`;
    if (a.kind === 'api-key' && a.secret) {
      if (a.in === 'header') headers[a.name.toLowerCase()] = a.secret;
      else params[a.name] = a.secret;
    }
  }

  /** Reads the body as text, refusing to hold more than the connector's cap in memory. */
  private async readCapped(response: Response, url: URL): Promise<string> {
    const cap = this.options.maxResponseBytes ?? 32 * MiB;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooLarge = () => new UpstreamError('too-large', `the answer from ${url.host} is larger than the ${(cap / MiB).toFixed(1)} MiB this source may send in one page`);
    if (declared > cap) {
      await response.body?.cancel();
      throw tooLarge();
    }
    if (!response.body) return '';
    const reader = response.body.getReader();
    const decoder = new TextDecoder('utf-8');
    let size = 0;
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > cap) {
        await reader.cancel();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  }

  private failure(error: unknown, url: URL, caller: AbortSignal | undefined, timeout: AbortSignal): UpstreamError {
    if (caller?.aborted) return new UpstreamError('cancelled', 'the pull was cancelled');
    if (timeout.aborted) return new UpstreamError('timeout', `${url.host} did not answer in time (timed out)`);
    return new UpstreamError('unreachable', `cannot reach ${url.host}: ${describeNetworkError(error)}`);
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UpstreamError('invalid-response', `the upstream answered with something that is not JSON (${text.slice(0, 60)})`);
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET') return 'connection reset';
  return cause?.message ?? (error as Error).message;
}

function upstreamMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } } | Array<{ description?: string }>;
    if (Array.isArray(body)) return body[0]?.description ? `: ${body[0].description}` : '';
    return body.error?.message ? `: ${body.error.message}` : '';
  } catch {
    return '';
  }
}
