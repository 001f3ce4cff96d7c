// The rules of camera grants (Art. 7.2), as pure functions: which grant is valid, what it covers, who may grant
// what to whom. The provincial police (the root unit) hold authority over every camera; everyone else watches
// through a grant, and may pass on part of it to a unit below, never more than it holds, never for longer.
import type { z } from 'zod';
import type { grantScopeSchema } from '../../../shared/contract/areas/cameras.js';
import { IOC_UNIT } from '../../../shared/contract/roles.js';
import type { CameraRecord, UnitTree } from './registry.js';

export type GrantScope = z.infer<typeof grantScopeSchema>;

export interface GrantRecord {
  grantId: string;
  granteeUnitId: string;
  grantorUnitId: string;
  grantedBy: string;
  scope: GrantScope;
  purpose: string;
  validFrom: string;
  validUntil: string;
  parentGrantId: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export type GrantIndex = ReadonlyMap<string, GrantRecord>;

export function scopeCovers(scope: GrantScope, camera: CameraRecord, tree: UnitTree): boolean {
  return scope.kind === 'cameras' ? scope.cameraIds.includes(camera.id) : tree.within(camera.ownerUnitId, scope.unitId);
}

/** Valid now, and so is every grant it was derived from (revoking a grant ends what was passed on from it). */
export function isActive(grant: GrantRecord, grants: GrantIndex, at: number): boolean {
  let current: GrantRecord | undefined = grant;
  for (let hops = 0; current && hops < 32; hops += 1) {
    if (current.revokedAt !== null || Date.parse(current.validFrom) > at || Date.parse(current.validUntil) <= at) return false;
    if (current.parentGrantId === null) return true;
    current = grants.get(current.parentGrantId);
  }
  return false;
}

/** Covers the camera all the way up its chain. */
export function chainCovers(grant: GrantRecord, camera: CameraRecord, grants: GrantIndex, tree: UnitTree): boolean {
  let current: GrantRecord | undefined = grant;
  for (let hops = 0; current && hops < 32; hops += 1) {
    if (!scopeCovers(current.scope, camera, tree)) return false;
    if (current.parentGrantId === null) return true;
    current = grants.get(current.parentGrantId);
  }
  return false;
}

export type ViewRight = { kind: 'authority'; id: string } | { kind: 'grant'; grant: GrantRecord } | null;

/** Why a unit may watch a camera now: the root's authority, an active grant, or nothing. */
export function viewRight(unitId: string | null, isPoliceRoot: boolean, camera: CameraRecord, grants: GrantIndex, tree: UnitTree, at: number): ViewRight {
  if (!unitId) return null;
  if (isPoliceRoot) return { kind: 'authority', id: `authority:${unitId}` };
  for (const grant of grants.values()) {
    if (grant.granteeUnitId === unitId && isActive(grant, grants, at) && chainCovers(grant, camera, grants, tree)) return { kind: 'grant', grant };
  }
  return null;
}

export interface GrantRequest {
  grantorUnitId: string;
  granteeUnitId: string;
  scope: GrantScope;
  validFrom: number;
  validUntil: number;
  parent: GrantRecord | null;
}

const MAX_GRANT_MS = 366 * 24 * 3_600_000;

/** Null when allowed; otherwise the reason, for a typed error. */
export function refuseGrant(req: GrantRequest, tree: UnitTree, cameras: readonly CameraRecord[], grants: GrantIndex, now: number): string | null {
  const root = tree.rootId;
  const fromRoot = req.grantorUnitId === root;
  if (req.granteeUnitId === IOC_UNIT) {
    if (!fromRoot) return 'only the provincial police grant camera access to the IOC';
  } else if (!tree.has(req.granteeUnitId)) return `unknown police unit ${req.granteeUnitId}`;
  else if (!tree.below(req.granteeUnitId, req.grantorUnitId)) return 'grants go down the hierarchy: the grantee must be a unit below yours';
  if (req.validUntil <= req.validFrom) return 'the grant must end after it starts';
  if (req.validUntil <= now) return 'the grant would already have ended';
  if (req.validUntil - req.validFrom > MAX_GRANT_MS) return 'a grant lasts at most a year';
  const known = new Set(cameras.map((c) => c.id));
  if (req.scope.kind === 'cameras') {
    const unknown = req.scope.cameraIds.filter((id) => !known.has(id));
    if (unknown.length) return `unknown cameras: ${unknown.join(', ')}`;
  } else if (!tree.has(req.scope.unitId)) return `unknown police unit ${req.scope.unitId}`;
  if (fromRoot && !req.parent) return null;
  // Below the root, a unit passes on part of a grant it holds.
  const parent = req.parent;
  if (!parent) return 'your unit passes on part of a grant it holds: name that grant (parentGrantId)';
  if (parent.granteeUnitId !== req.grantorUnitId) return 'that grant was not given to your unit';
  if (!isActive(parent, grants, now)) return 'that grant is no longer valid';
  if (req.validFrom < Date.parse(parent.validFrom) || req.validUntil > Date.parse(parent.validUntil)) return 'a grant passed on cannot outlast the one it comes from';
  const covered = (camera: CameraRecord) => chainCovers(parent, camera, grants, tree);
  if (req.scope.kind === 'cameras') {
    const outside = req.scope.cameraIds.filter((id) => !covered(cameras.find((c) => c.id === id)!));
    if (outside.length) return `cameras outside the grant you hold: ${outside.join(', ')}`;
  } else {
    const scopeUnit = req.scope.unitId;
    if (parent.scope.kind !== 'unit' || !tree.within(scopeUnit, parent.scope.unitId)) return 'a unit-wide grant can be passed on only from a unit-wide grant that contains it';
  }
  return null;
}

/** A grant may be revoked by the unit that gave it, or any unit above that one. */
export function mayRevoke(grant: GrantRecord, unitId: string, tree: UnitTree): boolean {
  return tree.within(grant.grantorUnitId, unitId);
}
