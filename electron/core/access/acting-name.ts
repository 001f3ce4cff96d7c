// Who is acting, in words for timelines and wall states: the signed-in person; a name typed at the
// workstation only where there is no session (in-process tools).
import type { CallContext } from '../engine-module.js';

export function actingName(caller: CallContext, typed: string | undefined): string {
  return caller.session?.user.displayName ?? typed ?? 'không rõ';
}
