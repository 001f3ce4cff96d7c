// Reporter identities are sealed with the engine's sealed box (AES-256-GCM, the installation's data key behind
// the OS keychain), bound to their report so a value copied to another report does not open.
import type { SealedBox } from '../../secrets/sealed-box.js';
import type { IdentitySealer } from './identity-sealer.js';

export function sealerFromBox(box: SealedBox): IdentitySealer {
  return { id: 'sealed-box:v1', seal: (plain, context) => box.seal(plain, context), open: (sealed, context) => box.open(sealed, context) };
}
