// The wall as an engine module: configuration (wall.json or the demo, watched), the state of every wall
// screen, operator control, alarms and their acknowledgements, and the shell's report of its displays.
import { EngineError } from '../../../shared/contract/envelope.js';
import { actingName } from '../access/acting-name.js';
import type { DisplayReport } from '../../../shared/contract/areas/wall.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { EngineContext, EngineModule, HandlersFor } from '../engine-module.js';
import { BreachWatch } from '../kpi/breaches.js';
import { KpiQueries } from '../kpi/kpi-queries.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { AlarmNotFoundError, AlarmService } from './alarms/alarm-service.js';
import { capAlarmSource } from './alarms/cap-alarm-source.js';
import { alarmRuleSource, kpiThresholdSource } from './alarms/kpi-alarm-sources.js';
import { WallCommandError } from './commands.js';
import { WallConfigSource } from './config-source.js';
import { UnknownWallError, WallRuntime } from './wall-runtime.js';

type WallMethod =
  | 'wall.config.get'
  | 'wall.state.get'
  | 'wall.states.list'
  | 'wall.control'
  | 'wall.alarms.list'
  | 'wall.alarms.ack'
  | 'wall.breaches'
  | 'wall.displays.report'
  | 'wall.displays.get';

function asEngineError(error: unknown): never {
  if (error instanceof UnknownWallError || error instanceof AlarmNotFoundError) throw new EngineError('not-found', error.message);
  if (error instanceof WallCommandError) throw new EngineError(error.code, error.message, error.issues);
  throw error;
}

export function createWallModule(ctx: EngineContext): EngineModule {
  const queries = new KpiQueries(ctx.db, ctx.catalog, PROVINCIAL_SOURCE.name, ctx.now);
  const latest = (ids: string[]) => queries.latest(ids);
  // The KPI area's way of finding breaches (kpi.breaches), with a cache of its own dropped as data lands.
  const breachWatch = new BreachWatch(ctx.db, ctx.catalog, (kpi) => queries.provenance(kpi), ctx.now);
  const stopBreachWatch = ctx.hub.subscribe((message) => {
    if (message.type === 'event' && message.event === 'data.changed') breachWatch.invalidate((message.payload as { kpiIds: string[] }).kpiIds);
  });
  const breaches = async () => (await breachWatch.evaluate()).breaches;
  let started = false;
  let displays: DisplayReport & { reportedAt: string | null } = { displays: [], windows: [], problems: [], reportedAt: null };

  const runtime = new WallRuntime({ db: ctx.db, catalog: ctx.catalog, now: ctx.now, log: ctx.log, emit: (state) => ctx.hub.emit('wall.state', state) });
  const alarms = new AlarmService({ db: ctx.db, now: ctx.now, log: ctx.log, emit: (list) => ctx.hub.emit('wall.alarms', { alarms: list }) });
  const source: WallConfigSource = new WallConfigSource({
    dataDir: ctx.options.dataDir,
    catalog: ctx.catalog,
    db: ctx.db,
    now: ctx.now,
    log: ctx.log,
    onRejected: (problems) =>
      ctx.notices.post('error', 'wall-config-rejected', `wall.json was refused; the wall keeps the last valid configuration. ${problems.join('; ')}`, { problems: problems.join('; ') }),
    onChange: (state) => {
      if (!started) return;
      runtime.applyConfig(state.config);
      ctx.hub.emit('wall.config', state);
      void alarms.evaluateAll();
    },
  });
  const sourceDeps = { catalog: ctx.catalog, hub: ctx.hub, latest, breaches, settings: () => source.config.alarms };

  const handlers: HandlersFor<WallMethod> = {
    'wall.config.get': async () => source.current,
    'wall.state.get': async (p) => {
      try {
        return runtime.get(p.wallId);
      } catch (error) {
        return asEngineError(error);
      }
    },
    'wall.states.list': async () => ({ states: runtime.list() }),
    'wall.control': async (p, caller) => {
      try {
        const state = runtime.control(p.wallId, p.command, actingName(caller, p.operator));
        await ctx.audit.record(caller, 'wall.control', p.wallId, { command: p.command.action });
        return state;
      } catch (error) {
        return asEngineError(error);
      }
    },
    'wall.alarms.list': async (p) => ({ alarms: p.history ? await alarms.recent() : await alarms.visible() }),
    'wall.alarms.ack': async (p, caller) => {
      try {
        const acked = await alarms.ack(p.alarmId, actingName(caller, p.operator), caller.connectionId);
        await ctx.audit.record(caller, 'wall.alarm.ack', String(p.alarmId), {});
        return acked;
      } catch (error) {
        return asEngineError(error);
      }
    },
    'wall.breaches': async (p) => {
      const wanted = p.kpiIds ? new Set(p.kpiIds) : null;
      const list = (await breaches()).filter((b) => !wanted || wanted.has(b.kpiId));
      // A wall lists the most severe first; within a severity the newest breach first, as kpi.breaches orders them.
      return { breaches: list.filter((b) => b.severity === 'critical').concat(list.filter((b) => b.severity !== 'critical')), at: toVnIso(ctx.now()) };
    },
    'wall.displays.report': async (p) => {
      displays = { ...p, reportedAt: toVnIso(ctx.now()) };
      ctx.hub.emit('wall.displays', displays);
      return { ok: true };
    },
    'wall.displays.get': async () => displays,
  };

  return {
    name: 'wall',
    handlers,
    async start() {
      await source.start();
      await runtime.start(source.config);
      started = true;
      alarms.add(kpiThresholdSource(sourceDeps));
      alarms.add(alarmRuleSource(sourceDeps));
      alarms.add(capAlarmSource({ db: ctx.db, hub: ctx.hub, now: ctx.now, settings: sourceDeps.settings }));
      void alarms.evaluateAll();
    },
    async close() {
      stopBreachWatch();
      source.close();
      await alarms.close();
      await runtime.close();
    },
  };
}
