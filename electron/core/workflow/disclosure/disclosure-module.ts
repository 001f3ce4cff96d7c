// Reporter identity disclosure (Art. 6.9) as an engine module: an IOC officer records an authority's written
// request, another IOC supervisor approves it for 1–72 hours or rejects it, and only the requester then reads
// the identity. Every step is audited with the authority and document number, never the identity.
import type { Disclosure } from '../../../../shared/contract/areas/disclosure.js';
import { EngineError } from '../../../../shared/contract/envelope.js';
import { toVnIso } from '../../../../shared/model/periods.js';
import type { CallContext, EngineContext, EngineModule, HandlersFor } from '../../engine-module.js';
import type { IdentitySealer } from '../identity/identity-sealer.js';
import { sealerFromBox } from '../identity/sealed-box-sealer.js';
import { checkMayDecide, checkMayReveal, checkMayRevoke, validUntilFrom } from './disclosure-rules.js';
import { DisclosureStore, toDisclosure, type Person } from './disclosure-store.js';
import { hasSealedIdentity, openSealedIdentity } from './sealed-identity.js';

type Methods = 'identity.requestDisclosure' | 'identity.decideDisclosure' | 'identity.listDisclosures' | 'identity.revealIdentity' | 'identity.revokeDisclosure';

function personOf(caller: CallContext): Person {
  const user = caller.session?.user;
  if (!user) throw new EngineError('unauthenticated', 'sign in to handle disclosure requests');
  return { accountId: user.accountId, name: user.displayName };
}

/** What the audit log keeps of a request: who asked, on which document; not the reason's text nor the identity. */
const auditFacts = (d: Disclosure) => ({ requestId: d.requestId, reportId: d.reportId, authority: d.authority, documentNumber: d.documentNumber, documentDate: d.documentDate });

export function createDisclosureModule(ctx: EngineContext, sealer: IdentitySealer = sealerFromBox(ctx.sealedBox)): EngineModule {
  const store = new DisclosureStore(ctx.db);
  const at = () => toVnIso(ctx.now());
  const changed = (d: Disclosure) => {
    ctx.hub.emit('identity.disclosureChanged', { requestId: d.requestId, reportId: d.reportId, status: d.status });
    return d;
  };

  const handlers: HandlersFor<Methods> = {
    'identity.requestDisclosure': async (p, caller) => {
      const by = personOf(caller);
      if (!(await ctx.db.get('SELECT 1 FROM fr_reports WHERE id = ?', [p.reportId]))) throw new EngineError('not-found', `report #${p.reportId} does not exist`);
      if (!(await hasSealedIdentity(ctx.db, p.reportId))) throw new EngineError('not-found', `report #${p.reportId} has no sealed reporter identity to disclose`, ['reportId']);
      const d = toDisclosure(await store.create({ ...p, by, at: at() }), ctx.now());
      await ctx.audit.record(caller, 'identity.disclosure.request', d.requestId, auditFacts(d));
      ctx.log(`disclosure ${d.requestId} requested for report #${d.reportId} by ${by.accountId}`);
      return changed(d);
    },

    'identity.decideDisclosure': async (p, caller) => {
      const by = personOf(caller);
      const current = await store.get(p.requestId);
      checkMayDecide(current, by.accountId, ctx.now());
      const approve = p.decision === 'approve';
      const validUntil = approve ? toVnIso(validUntilFrom(ctx.now(), p.validForHours)) : null;
      const d = toDisclosure(await store.decide(p.requestId, approve ? 'approved' : 'rejected', by, at(), p.note, validUntil), ctx.now());
      await ctx.audit.record(caller, approve ? 'identity.disclosure.approve' : 'identity.disclosure.reject', d.requestId, {
        ...auditFacts(d),
        requestedBy: d.requestedBy.accountId,
        ...(approve ? { validForHours: p.validForHours, validUntil } : {}),
      });
      ctx.log(`disclosure ${d.requestId} ${d.status} by ${by.accountId}`);
      return changed(d);
    },

    'identity.listDisclosures': async (p) => ({ items: await store.list(p, ctx.now()), asOf: at() }),

    'identity.revealIdentity': async (p, caller) => {
      const by = personOf(caller);
      const current = await store.get(p.requestId);
      const refuse = async (error: unknown) => {
        // A refused attempt is a trace too: someone tried to read an identity.
        await ctx.audit.record(caller, 'identity.disclosure.reveal-refused', p.requestId, { requestId: p.requestId, reportId: current.row.report_id, reason: (error as Error).message });
        throw error;
      };
      try {
        checkMayReveal(current, by.accountId, ctx.now());
      } catch (error) {
        return refuse(error);
      }
      const identity = await openSealedIdentity(ctx.db, sealer, current.row.report_id);
      const revealedAt = at();
      // Recorded before the answer leaves: no audit entry, no identity.
      await ctx.audit.record(caller, 'identity.disclosure.reveal', p.requestId, { ...auditFacts(toDisclosure(current.row, ctx.now())), validUntil: current.validUntil });
      await store.countReveal(p.requestId);
      ctx.log(`disclosure ${p.requestId}: identity of report #${current.row.report_id} read by ${by.accountId}`);
      return { requestId: p.requestId, reportId: current.row.report_id, identity, validUntil: current.validUntil!, revealedAt };
    },

    'identity.revokeDisclosure': async (p, caller) => {
      const by = personOf(caller);
      const current = await store.get(p.requestId);
      checkMayRevoke(current, ctx.now());
      const d = toDisclosure(await store.revoke(p.requestId, by, at(), p.reason), ctx.now());
      await ctx.audit.record(caller, 'identity.disclosure.revoke', d.requestId, { ...auditFacts(d), requestedBy: d.requestedBy.accountId });
      ctx.log(`disclosure ${d.requestId} revoked by ${by.accountId}`);
      return changed(d);
    },
  };

  return { name: 'identity-disclosure', handlers };
}
