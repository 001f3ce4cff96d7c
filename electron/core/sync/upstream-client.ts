// HTTP client for an upstream data service: bearer auth, timeouts, and failures told in plain words.
export type UpstreamFailure = 'unreachable' | 'unauthorized' | 'http' | 'invalid-response' | 'cancelled';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

export interface UpstreamClientOptions {
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
}

export class UpstreamClient {
  constructor(private readonly options: UpstreamClientOptions) {}

  get baseUrl() {
    return this.options.baseUrl;
  }

  async getJson(path: string, query: Record<string, string | undefined> = {}, signal?: AbortSignal): Promise<unknown> {
    const url = new URL(path.replace(/^\//, ''), this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, value);
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 30_000);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    let response: Response;
    try {
      response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    } catch (error) {
      if (signal?.aborted) throw new UpstreamError('cancelled', 'the pull was cancelled');
      const reason = timeout.aborted ? 'no answer in time' : describeNetworkError(error);
      throw new UpstreamError('unreachable', `cannot reach ${url.host}: ${reason}`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new UpstreamError('unauthorized', `the upstream refused our credentials (HTTP ${response.status})`, response.status);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new UpstreamError('http', `the upstream answered HTTP ${response.status}${upstreamMessage(text)}`, response.status);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UpstreamError('invalid-response', `the upstream answered with something that is not JSON (${text.slice(0, 60)})`);
    }
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'host not found';
  if (cause?.code === 'ECONNRESET') return 'connection reset';
  return cause?.message ?? (error as Error).message;
}

function upstreamMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    return body.error?.message ? `: ${body.error.message}` : '';
  } catch {
    return '';
  }
}
