// Cameras as a module: the registry, grants down the police hierarchy, and stream URLs for holders of a valid
// right only; every stream URL handed out is a "camera.view" in the audit log.
import { EngineError } from '../../../shared/contract/envelope.js';
import { IOC_UNIT } from '../../../shared/contract/roles.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { SessionUser } from '../access/sessions.js';
import type { CallContext, EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { createCameraRelay } from './camera-relay.js';
import { isActive, mayRevoke, refuseGrant, viewRight, type GrantRecord } from './grant-rules.js';
import { GrantStore } from './grant-store.js';
import { CameraRegistry, type CameraRecord } from './registry.js';
import { StreamTickets } from './stream-tickets.js';

type CameraMethods = 'cameras.list' | 'cameras.units' | 'cameras.stream' | 'cameras.grants.list' | 'cameras.grants.create' | 'cameras.grants.revoke';

const DEFAULT_REFRESH_MS = 60_000;

/** "Nguyễn Văn A · nguyen.van.a · 02/03/2026 09:00": burnt over the tile by the UI. */
export function watermarkText(user: SessionUser, at: Date): string {
  const iso = toVnIso(at);
  return `${user.displayName} · ${user.username} · ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

export function createCameraModule(ctx: EngineContext): EngineModule {
  const registry = new CameraRegistry(ctx.db, ctx.options.cameras, ctx.now);
  const grants = new GrantStore(ctx.db, ctx.now);
  const tickets = new StreamTickets(() => ctx.now().getTime());
  let timer: NodeJS.Timeout | undefined;

  const user = (c: CallContext) => c.session!.user;
  const isRoot = (u: SessionUser) => u.roles.includes('police-camera-unit') && u.unitId !== null && u.unitId === registry.current.tree.rootId;
  /** IOC roles and wall displays hold grants as the IOC; a police unit as itself. */
  const holderUnit = (u: SessionUser) => (u.roles.includes('police-camera-unit') ? u.unitId : u.roles.some((r) => r.startsWith('ioc-') || r === 'wall-display') ? IOC_UNIT : null);
  const rightFor = (u: SessionUser, camera: CameraRecord) => {
    const { tree } = registry.current;
    return viewRight(holderUnit(u), isRoot(u), camera, grants.all, tree, ctx.now().getTime());
  };
  const grantView = (g: GrantRecord) => ({ ...g, active: isActive(g, grants.all, ctx.now().getTime()) });
  const policeUnitOf = (c: CallContext) => {
    const u = user(c);
    if (!u.unitId || !registry.current.tree.has(u.unitId)) throw new EngineError('forbidden', 'your account belongs to no known police unit');
    return u.unitId;
  };

  /** The cameras a person is shown (in the list, on the map), each with whether they may watch it now. */
  const visibleTo = (u: SessionUser) => {
    const { cameras, tree } = registry.current;
    const police = u.roles.includes('police-camera-unit') && !u.roles.some((r) => r.startsWith('ioc-'));
    return (
      cameras
        .map((cam) => ({ ...cam, viewable: rightFor(u, cam) !== null }))
        // A police unit sees the cameras of its own part of the hierarchy and those it was granted.
        .filter((cam) => !police || cam.viewable || (u.unitId !== null && tree.within(cam.ownerUnitId, u.unitId)))
    );
  };
  ctx.sinks.cameraAccess = (u) => new Map(visibleTo(u).map((cam) => [cam.id, cam.viewable]));
  // Who sees which camera on the map follows the grants: a new or revoked grant redraws the layer.
  const grantsChanged = () => ctx.hub.emit('map.changed', { layers: ['cameras'] });

  const refresh = () =>
    registry.refresh().then(() => ctx.sinks.mapLayersChanged?.(['cameras']), (error: Error) => {
      ctx.log(`camera registry not refreshed: ${error.message}`);
    });

  const handlers: HandlersFor<CameraMethods> = {
    'cameras.list': async (p, c) => {
      const list = visibleTo(user(c)).filter((cam) => !p.communeCode || cam.communeCode === p.communeCode);
      return { cameras: list, asOf: registry.current.asOf };
    },
    'cameras.units': async () => ({ units: [...registry.current.tree.units] }),
    'cameras.stream': async (p, c) => {
      const u = user(c);
      const camera = registry.camera(p.cameraId);
      if (!camera) throw new EngineError('not-found', `no camera ${p.cameraId}`);
      const right = rightFor(u, camera);
      if (!right) {
        await ctx.audit.record(c, 'camera.view.refused', camera.id, { kind: p.kind });
        throw new EngineError('forbidden', 'no valid grant covers this camera for your unit');
      }
      if (!camera.kinds.includes(p.kind)) throw new EngineError('not-found', `camera ${camera.id} has no ${p.kind} stream`);
      if (!camera.online) throw new EngineError('unavailable', `camera ${camera.id} is offline`);
      const rightId = right.kind === 'authority' ? right.id : right.grant.grantId;
      const ticket = tickets.issue({ cameraId: camera.id, kind: p.kind, binding: c.binding, sessionId: c.session!.id, accountId: u.accountId, rightId });
      await ctx.audit.record(c, 'camera.view', camera.id, { kind: p.kind, right: rightId, ...(right.kind === 'grant' ? { purpose: right.grant.purpose } : {}) });
      const file = p.kind === 'hls' ? 'index.m3u8' : 'mjpeg';
      return { url: `/camera-streams/${ticket.id}/${file}`, kind: p.kind, expiresAt: toVnIso(new Date(ticket.expiresAt)), watermark: watermarkText(u, ctx.now()), grantId: rightId };
    },
    'cameras.grants.list': async (p, c) => {
      const u = user(c);
      const { tree } = registry.current;
      const unit = u.roles.includes('police-camera-unit') ? u.unitId : IOC_UNIT;
      const visible = [...grants.all.values()].filter((g) => {
        if (!p.includeInactive && !isActive(g, grants.all, ctx.now().getTime())) return false;
        if (unit === IOC_UNIT) return g.granteeUnitId === IOC_UNIT;
        return unit !== null && (tree.within(g.granteeUnitId, unit) || tree.within(g.grantorUnitId, unit));
      });
      return { grants: visible.map(grantView) };
    },
    'cameras.grants.create': async (p, c) => {
      const grantorUnitId = policeUnitOf(c);
      const { tree, cameras } = registry.current;
      const parent = p.parentGrantId ? grants.all.get(p.parentGrantId) ?? null : null;
      if (p.parentGrantId && !parent) throw new EngineError('not-found', `no grant ${p.parentGrantId}`);
      const validFrom = p.validFrom ? Date.parse(p.validFrom) : ctx.now().getTime();
      const validUntil = Date.parse(p.validUntil);
      const refusal = refuseGrant({ grantorUnitId, granteeUnitId: p.granteeUnitId, scope: p.scope, validFrom, validUntil, parent }, tree, cameras, grants.all, ctx.now().getTime());
      if (refusal) throw new EngineError('forbidden', refusal);
      const grant = await grants.create({
        granteeUnitId: p.granteeUnitId,
        grantorUnitId,
        grantedBy: user(c).username,
        scope: p.scope,
        purpose: p.purpose,
        validFrom: toVnIso(new Date(validFrom)),
        validUntil: toVnIso(new Date(validUntil)),
        parentGrantId: parent?.grantId ?? null,
      });
      await ctx.audit.record(c, 'camera.grant.create', grant.grantId, { grantee: grant.granteeUnitId, scope: grant.scope, purpose: grant.purpose, validUntil: grant.validUntil, parent: grant.parentGrantId });
      grantsChanged();
      return grantView(grant);
    },
    'cameras.grants.revoke': async (p, c) => {
      const unit = policeUnitOf(c);
      const grant = grants.all.get(p.grantId);
      if (!grant) throw new EngineError('not-found', `no grant ${p.grantId}`);
      if (!mayRevoke(grant, unit, registry.current.tree)) throw new EngineError('forbidden', 'only the unit that gave a grant, or one above it, revokes it');
      const revoked = await grants.revoke(p.grantId, user(c).username, p.reason);
      await ctx.audit.record(c, 'camera.grant.revoke', grant.grantId, { reason: p.reason });
      grantsChanged();
      return grantView(revoked);
    },
  };

  const streams = createCameraRelay({
    tickets,
    gatewayUrl: () => registry.gatewayBaseUrl,
    ...(ctx.options.cameras?.token ? { token: ctx.options.cameras.token } : {}),
    log: ctx.log,
    stillAllowed: (ticketId) => {
      const ticket = tickets.get(ticketId);
      const camera = ticket ? registry.camera(ticket.cameraId) : undefined;
      if (!ticket || !camera || !ctx.sessions.isLive(ticket.binding, ticket.sessionId)) return false;
      const session = ctx.sessions.current(ticket.binding);
      const right = session ? rightFor(session.user, camera) : null;
      const id = right ? (right.kind === 'authority' ? right.id : right.grant.grantId) : null;
      return id !== null && id === ticket.rightId;
    },
  });

  return {
    name: 'cameras',
    handlers,
    streams,
    async start() {
      await registry.load();
      await grants.load();
      if (!ctx.options.cameras) return;
      void refresh();
      timer = setInterval(() => void refresh(), ctx.options.cameras.refreshMs ?? DEFAULT_REFRESH_MS);
      timer.unref();
    },
    async close() {
      clearInterval(timer);
    },
  };
}
