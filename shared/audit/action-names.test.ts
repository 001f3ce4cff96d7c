// Every action the engine records has a name on the audit page: read from the engine's own source.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_NAMES } from './action-names.js';

const ENGINE = fileURLToPath(new URL('../../electron', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The action literals of every `audit.record(…)` call (a ternary between two literals counts both). */
function recordedActions(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(ENGINE)) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/audit\.record\(([^;]*?)\)/gs)) {
      const head = call[1]!.split(/,\s*(?=[a-zA-Z{])/).slice(0, 3).join(',');
      for (const literal of head.matchAll(/'([a-z0-9-]+(?:\.[a-z0-9-]+)+)'/g)) found.add(literal[1]!);
    }
  }
  found.delete('report.forwarded'); // the example in the audit log's own comment
  return found;
}

describe('audit action names', () => {
  it('name every action the engine records, in Vietnamese and English', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(30);
    const missing = [...actions].filter((a) => !AUDIT_ACTION_NAMES[a]?.vi || !AUDIT_ACTION_NAMES[a]?.en);
    expect(missing).toEqual([]);
  });
});
