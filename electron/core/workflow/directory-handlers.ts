// The directory and the working calendar as contract handlers.
import type { HandlersFor } from '../engine-module.js';
import { localDateOf } from './calendar/local-date.js';
import { removeAdjustment, reschedule, setAdjustment } from './calendar/calendar-store.js';
import { endContact, getAgency, listAgencies, saveContact, setAgencyCategories } from './directory/directory-store.js';
import type { WorkflowContext } from './workflow-context.js';

type Methods = 'agencies.list' | 'agencies.saveContact' | 'agencies.endContact' | 'agencies.setCategories' | 'calendar.year' | 'calendar.setAdjustment' | 'calendar.removeAdjustment';

export function directoryHandlers(w: WorkflowContext): HandlersFor<Methods> {
  const today = () => localDateOf(w.engine.now());
  const recalendar = async () => {
    await w.reloadCalendar();
    return { rescheduled: await reschedule(w.db, w.calendar(), w.handlingDays) };
  };
  return {
    'agencies.list': async (p) => ({ agencies: await listAgencies(w.db, today(), p.kind), asOf: w.nowIso() }),
    'agencies.saveContact': async (p, caller) => {
      await saveContact(w.db, p, w.nowIso());
      await w.engine.audit.record(caller, 'config.directory.contact', p.agencyKey, { role: p.role });
      return getAgency(w.db, p.agencyKey, today());
    },
    'agencies.endContact': async (p, caller) => {
      const agencyKey = await endContact(w.db, p.contactId, p.toDate, w.nowIso());
      await w.engine.audit.record(caller, 'config.directory.contact-ended', agencyKey, { contactId: p.contactId, toDate: p.toDate });
      return getAgency(w.db, agencyKey, today());
    },
    'agencies.setCategories': async (p, caller) => {
      await setAgencyCategories(w.db, p.agencyKey, p.categories, new Set(w.categories.categories.map((c) => c.key)), w.nowIso());
      await w.engine.audit.record(caller, 'config.directory.categories', p.agencyKey, { categories: p.categories });
      return getAgency(w.db, p.agencyKey, today());
    },
    'calendar.year': async (p) => {
      const calendar = w.calendar();
      const days = calendar.specialDays(p.year).map((d) => ({
        date: d.date,
        working: d.working,
        kind: d.reason?.kind === 'holiday' ? d.reason.holiday.kind : d.reason?.kind === 'adjustment' ? d.reason.adjustment.kind : 'ordinary',
        name: d.reason?.kind === 'holiday' ? d.reason.holiday.name : null,
        note: d.reason?.kind === 'adjustment' ? d.reason.adjustment.note : null,
      }));
      const adjustments = (await w.db.all<{ date: string; kind: 'day-off' | 'working-day'; note: string }>('SELECT date, kind, note FROM fr_calendar_adjustments WHERE date LIKE ? ORDER BY date', [`${p.year}-%`]));
      return { days, adjustments };
    },
    'calendar.setAdjustment': async (p, caller) => {
      await setAdjustment(w.db, p, w.nowIso());
      await w.engine.audit.record(caller, 'config.calendar.adjustment', p.date, { kind: p.kind });
      return recalendar();
    },
    'calendar.removeAdjustment': async (p, caller) => {
      await removeAdjustment(w.db, p.date);
      await w.engine.audit.record(caller, 'config.calendar.adjustment-removed', p.date, {});
      return recalendar();
    },
  };
}
