// Reads connector declarations (from a file or the defaults) and refuses bad ones with an error that names
// the connector and the field, before anything runs.
import { z } from 'zod';
import { connectorSchema, type ConnectorDeclaration } from './declaration.js';

export class ConnectorConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectorConfigError';
  }
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(connector)'}: ${i.message}`).join('; ');
}

export function loadConnectors(input: unknown): ConnectorDeclaration[] {
  if (!Array.isArray(input)) throw new ConnectorConfigError('the connector list must be a JSON array of connector declarations');
  const seen = new Set<string>();
  return input.map((raw, index) => {
    const label = typeof (raw as { id?: unknown } | null)?.id === 'string' ? `connector "${(raw as { id: string }).id}"` : `connector #${index + 1}`;
    const parsed = connectorSchema.safeParse(raw);
    if (!parsed.success) throw new ConnectorConfigError(`${label} is not valid: ${describe(parsed.error)}`);
    if (seen.has(parsed.data.id)) throw new ConnectorConfigError(`${label} is declared twice`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}
