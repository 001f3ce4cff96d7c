// What one caller sees of each layer: the whole layer, nothing, one agency's features, or the cameras the
// camera area lists for them (with whether they may watch each). Decided in the engine from the layer's
// declared source (layer-sources.ts), the access matrix and the areas' own scoping, whatever the UI asks.
import { evaluateRule, ruleFor } from '../../../shared/contract/access-matrix.js';
import type { MapLayer } from '../../../shared/map/layers.js';
import type { SessionUser } from '../access/sessions.js';
import type { CallContext } from '../engine-module.js';
import { actorOf, visibleAgency } from '../workflow/actor.js';
import { sourceOf } from './layer-sources.js';

export type LayerView =
  | { kind: 'all' }
  | { kind: 'none' }
  /** Features of this scope only (an agency's field reports). */
  | { kind: 'scope'; scope: string }
  /** These features only, each with whether the caller may open its stream (cameras). */
  | { kind: 'ids'; viewable: ReadonlyMap<string, boolean> };

/** Which cameras a signed-in person sees, and which of them they hold a valid right to watch (cameras area). */
export type CameraAccess = (user: SessionUser) => ReadonlyMap<string, boolean>;

export const ALL: LayerView = { kind: 'all' };

export function viewOf(layer: MapLayer, caller: CallContext, cameraAccess: CameraAccess | undefined): LayerView {
  const source = sourceOf(layer);
  const user = caller.session?.user;
  // Dispatch lets no one without a session this far; should it ever, they see nothing.
  if (!user) return { kind: 'none' };
  if (source.readableAs && evaluateRule(ruleFor(source.readableAs), user.roles) === 'denied') return { kind: 'none' };
  switch (source.scoping) {
    case 'agency': {
      const agency = visibleAgency(actorOf(caller), undefined);
      return agency === undefined ? ALL : { kind: 'scope', scope: agency };
    }
    case 'camera-grants':
      // No camera area, no cameras: never more than the camera area itself would list.
      return cameraAccess ? { kind: 'ids', viewable: cameraAccess(user) } : { kind: 'none' };
    default:
      return ALL;
  }
}
