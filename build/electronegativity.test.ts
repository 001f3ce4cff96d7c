import { describe, expect, it } from 'vitest';
import { judge, sarifFindings } from './electronegativity.mjs';

const sarif = {
  runs: [
    {
      results: [
        { ruleId: 'OPEN_EXTERNAL_JS_CHECK', message: { text: 'Review the use of openExternal' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main/navigation-guard.ts' }, region: { startLine: 46 } } }] },
        { ruleId: 'NODE_INTEGRATION_JS_CHECK', message: { text: 'nodeIntegration' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main\\windows.ts' }, region: { startLine: 3 } } }] },
      ],
    },
  ],
};

describe('electronegativity verdict', () => {
  it('reads SARIF findings and fails on any that is not listed', () => {
    const findings = sarifFindings(sarif);
    expect(findings[1]).toEqual({ rule: 'NODE_INTEGRATION_JS_CHECK', file: 'main/windows.ts', line: 3, message: 'nodeIntegration' });
    const verdict = judge(findings, [{ rule: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/navigation-guard.ts', reason: 'only allow-listed https URLs reach openExternal' }]);
    expect(verdict.unlisted.map((f) => f.rule)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    expect(verdict.accepted).toHaveLength(1);
  });

  it('reports stale acceptances and refuses one without a real reason', () => {
    expect(judge([], [{ rule: 'X', file: 'a.ts', reason: 'a reason long enough to count' }]).stale).toHaveLength(1);
    expect(() => judge([], [{ rule: 'X', file: 'a.ts', reason: 'ok' }])).toThrow(/reason/);
  });
});
