// The wall windows' device credential in Electron. An administrator enrols a wall display (Tài khoản → Màn
// hình tường) and reads off its one-time code; the wall PC starts once with `--enrol-wall=CODE`. The shell
// redeems it through the engine and keeps the credential in the OS keychain, as the browser keeps its cookie:
// from then on the walls open signed in under the read-only wall role and never show a sign-in prompt.
// A revoked credential stays as it is (its walls say they are not provisioned) until a new code is redeemed.
import { readFlag } from './argv.js';

export const WALL_CREDENTIAL_ACCOUNT = 'wall-device-credential';
const CODE = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

export interface WallCredentialDeps {
  argv: readonly string[];
  /** The OS keychain (CredentialVault); it throws when there is none. */
  vault: { get(account: string): Promise<string | null>; set(account: string, secret: string): Promise<void> };
  /** The engine's EngineAccess.redeemDeviceCode: the credential, or null for a wrong, used or expired code. */
  redeem: (code: string, origin: string) => Promise<string | null>;
  log: (line: string) => void;
}

/** The enrolment code given on the command line, upper-cased; undefined when absent or malformed (logged). */
export function enrolmentCodeOf(argv: readonly string[], log: (line: string) => void): string | undefined {
  const raw = readFlag(argv, 'enrol-wall');
  if (raw === undefined) return undefined;
  const code = raw.trim().toUpperCase();
  if (CODE.test(code)) return code;
  log('--enrol-wall: not an enrolment code (expected XXXX-XXXX-XXXX); the walls keep their credential');
  return undefined;
}

/** The credential the wall windows sign in with; undefined leaves them unprovisioned (they say so, no prompt). */
export async function loadWallCredential({ argv, vault, redeem, log }: WallCredentialDeps): Promise<string | undefined> {
  const code = enrolmentCodeOf(argv, log);
  if (code !== undefined) {
    const credential = await redeem(code, 'shell --enrol-wall');
    if (credential === null) {
      log('--enrol-wall: the code was refused (wrong, already used or expired); the walls keep their credential');
    } else {
      try {
        await vault.set(WALL_CREDENTIAL_ACCOUNT, credential);
        log('wall display enrolled; its credential is kept in the OS keychain');
      } catch (error) {
        // Still used for this run; the next start asks for a new code.
        log(`wall display enrolled, but its credential could not be kept: ${(error as Error).message}`);
      }
      return credential;
    }
  }
  try {
    return (await vault.get(WALL_CREDENTIAL_ACCOUNT)) ?? undefined;
  } catch (error) {
    log(`wall credential not read: ${(error as Error).message}; the walls open unprovisioned`);
    return undefined;
  }
}
