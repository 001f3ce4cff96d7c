// Resolves a connector's credential reference: a secret given at start (command line or environment, never
// stored), else the OS keychain. The secret goes into the HTTP client only; the status says where it stands.
import type { CredentialState } from '../../../shared/contract/areas/sync-model.js';
import { CredentialVault, VaultUnavailableError } from '../secrets/vault.js';
import type { AuthDeclaration } from './connectors/declaration.js';
import type { ResolvedAuth } from './upstream-client.js';

export interface ResolvedCredential {
  auth: ResolvedAuth;
  state: CredentialState;
  /** Why the keychain could not be read, when it could not. */
  problem?: string;
}

export class CredentialResolver {
  constructor(
    private readonly given: Readonly<Record<string, string>>,
    private readonly vault: CredentialVault,
  ) {}

  async resolve(auth: AuthDeclaration): Promise<ResolvedCredential> {
    if (auth.kind === 'none') return { auth, state: 'not-needed' };
    const given = this.given[auth.credential];
    if (given) return { auth: withSecret(auth, given), state: 'given' };
    try {
      const secret = (await this.vault.get(auth.credential)) ?? undefined;
      return { auth: withSecret(auth, secret), state: secret ? 'present' : 'missing' };
    } catch (error) {
      const problem = error instanceof VaultUnavailableError ? error.message : `the OS keychain failed: ${(error as Error).message}`;
      return { auth: withSecret(auth, undefined), state: 'keychain-unavailable', problem };
    }
  }

  /** Stores (or removes, with null) a secret in the keychain; throws VaultUnavailableError without one. */
  async store(account: string, secret: string | null): Promise<void> {
    if (secret === null) await this.vault.delete(account);
    else await this.vault.set(account, secret);
  }
}

export function withSecret(auth: Exclude<AuthDeclaration, { kind: 'none' }>, secret: string | undefined): ResolvedAuth {
  switch (auth.kind) {
    case 'bearer':
      return { kind: 'bearer', secret };
    case 'api-key':
      return { kind: 'api-key', in: auth.in, name: auth.name, secret };
    case 'basic':
      return { kind: 'basic', username: auth.username, secret };
  }
}
