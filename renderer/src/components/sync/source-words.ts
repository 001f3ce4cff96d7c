// Plain words for a source's last error and notes, from the engine's technical text and note codes.
import type { SourceNote } from '../../../../shared/contract/areas/sync-model.js';
import { classifySyncError } from '../../stores/sync-summary.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const EXTRA = new Set(['tooLarge', 'xml', 'cancelled']);

export function problemWords(raw: string | null, t: Translate): string {
  if (!raw) return t('sources.noError');
  const found = classifySyncError(raw);
  if (!found) return raw;
  return EXTRA.has(found.problem) ? t(`dataSources.extraProblems.${found.problem}`) : t(`sources.problems.${found.problem}`, { status: found.status ?? '' });
}

export function noteWords(note: SourceNote, t: Translate, formatCount: (n: number) => string): string {
  return t(`dataSources.notes.${note.code}`, { count: formatCount(note.count ?? 0), detail: note.detail ?? '' });
}
