// Credentials live in the OS keychain (Secret Service on Linux, Credential Manager on Windows) via keytar,
// never in the cache or in configuration files.
import keytar from 'keytar';

export const VAULT_SERVICE = 'vn.gov.daklak.ioc.console';

export class VaultUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the OS keychain is not available: ${(cause as Error).message}`);
    this.name = 'VaultUnavailableError';
  }
}

export class CredentialVault {
  constructor(private readonly service = VAULT_SERVICE) {}

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new VaultUnavailableError(error);
    }
  }

  get(account: string): Promise<string | null> {
    return this.call(() => keytar.getPassword(this.service, account));
  }

  set(account: string, secret: string): Promise<void> {
    return this.call(() => keytar.setPassword(this.service, account, secret));
  }

  delete(account: string): Promise<boolean> {
    return this.call(() => keytar.deletePassword(this.service, account));
  }
}
