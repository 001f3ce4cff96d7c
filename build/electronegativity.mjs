#!/usr/bin/env node
// `npm run test:electronegativity`: Electronegativity (Doyensec) over the shell's sources (electron/main, the
// preload), the renderer's HTML and package.json. Its SARIF is parsed; any finding not listed with a written
// reason in build/electronegativity-accepted.json fails the run. The check that downloads Electron's release list
// from GitHub is left out (no network here; Electron upgrades are tracked by the lead).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const OFFLINE_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/** Findings of a SARIF log: rule, file (relative, forward slashes), line, message. */
export function sarifFindings(sarif) {
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((r) => {
      const loc = r.locations?.[0]?.physicalLocation;
      return { rule: r.ruleId, file: (loc?.artifactLocation?.uri ?? '').replace(/\\/g, '/'), line: loc?.region?.startLine ?? 0, message: r.message?.text ?? '' };
    }),
  );
}

/** Splits findings into accepted (rule and file listed, with a reason) and unlisted; and lists stale acceptances. */
export function judge(findings, accepted) {
  for (const a of accepted) if (!a.reason || a.reason.trim().length < 20) throw new Error(`accepted finding ${a.rule} in ${a.file} needs a written reason`);
  const matches = (f, a) => f.rule === a.rule && (f.file === a.file || f.file.endsWith(`/${a.file}`));
  return {
    unlisted: findings.filter((f) => !accepted.some((a) => matches(f, a))),
    accepted: findings.filter((f) => accepted.some((a) => matches(f, a))),
    stale: accepted.filter((a) => !findings.some((f) => matches(f, a))),
  };
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const work = mkdtempSync(path.join(tmpdir(), 'ioc-electronegativity-'));
  try {
    const scan = path.join(work, 'app');
    cpSync(path.join(root, 'electron/main'), path.join(scan, 'main'), { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
    cpSync(path.join(root, 'electron/preload'), path.join(scan, 'preload'), { recursive: true });
    // The tool reads .ts and .js; the preload is CommonJS TypeScript (.cts).
    renameSync(path.join(scan, 'preload/preload.cts'), path.join(scan, 'preload/preload.ts'));
    copyFileSync(path.join(root, 'renderer/index.html'), path.join(scan, 'index.html'));
    copyFileSync(path.join(root, 'package.json'), path.join(scan, 'package.json'));
    const out = path.join(work, 'findings.sarif');
    const cli = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');
    const run = spawnSync(process.execPath, [cli, '-i', scan, '-o', out, '-r', '-v', 'false', '-x', OFFLINE_EXCLUDED.join(',')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`electronegativity failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const findings = sarifFindings(JSON.parse(readFileSync(out, 'utf8')));
    const accepted = JSON.parse(readFileSync(path.join(root, 'build/electronegativity-accepted.json'), 'utf8')).accepted;
    const verdict = judge(findings, accepted);
    for (const f of verdict.accepted) console.log(`accepted: ${f.rule} ${f.file}:${f.line}`);
    for (const a of verdict.stale) console.log(`note: accepted ${a.rule} in ${a.file} was not found any more; remove it from the list`);
    if (verdict.unlisted.length) {
      for (const f of verdict.unlisted) console.error(`FINDING ${f.rule} ${f.file}:${f.line} ${f.message}`);
      console.error(`electronegativity: ${verdict.unlisted.length} unlisted finding(s); fix them or list them with a reason in build/electronegativity-accepted.json`);
      process.exit(1);
    }
    console.log(`electronegativity: ${findings.length} finding(s), all accepted with a reason; 0 unlisted`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) main();
