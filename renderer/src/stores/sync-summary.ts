// Pure helpers over sync status.

/** The earliest of some ISO times (null ones ignored); null when none. */
export function oldestTime(times: readonly (string | null)[]): string | null {
  let best: string | null = null;
  let bestMs = Infinity;
  for (const t of times) {
    if (!t) continue;
    const ms = Date.parse(t);
    if (!Number.isNaN(ms) && ms < bestMs) {
      bestMs = ms;
      best = t;
    }
  }
  return best;
}

export type SyncProblem = 'unreachable' | 'timeout' | 'auth' | 'notFound' | 'rateLimited' | 'server' | 'invalid' | 'tls' | 'tooLarge' | 'xml' | 'cancelled';

/** Turns a connector's technical error into a kind the UI can say in plain words; undefined when unknown. */
export function classifySyncError(raw: string | null): { problem: SyncProblem; status?: string } | undefined {
  if (!raw) return undefined;
  const text = raw.toLowerCase();
  const status = /\b(?:http|status)\s*:?\s*(\d{3})\b/.exec(text)?.[1] ?? /\b([45]\d\d)\b/.exec(text)?.[1];
  if (/cert|ssl|tls/.test(text)) return { problem: 'tls' };
  if (/was cancelled/.test(text)) return { problem: 'cancelled' };
  if (/larger than the .* may send/.test(text)) return { problem: 'tooLarge' };
  if (/etimedout|timed? ?out|timeout|aborted|did not answer in time/.test(text)) return { problem: 'timeout' };
  if (/econnrefused|enotfound|econnreset|ehostunreach|enetunreach|eai_again|fetch failed|socket hang up|network|cannot reach/.test(text)) {
    return { problem: 'unreachable' };
  }
  if (status === '401' || status === '403' || /unauthori[sz]ed|forbidden/.test(text)) return { problem: 'auth' };
  if (status === '404') return { problem: 'notFound' };
  if (status === '429') return { problem: 'rateLimited' };
  if (status?.startsWith('5')) return { problem: 'server', status };
  if (/well-formed xml|not cap 1\.2|atom <feed>/.test(text)) return { problem: 'xml' };
  if (/invalid|schema|parse|unexpected token|json|exchange structure|do(?:es)? not match/.test(text)) return { problem: 'invalid' };
  return undefined;
}
