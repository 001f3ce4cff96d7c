// Alarms on the walls: each source says which conditions hold now; the service opens an alarm for a new one,
// clears those that ended, publishes what the walls must show, and records who acknowledged what and when.
//
// Registration point for further sources: implement AlarmSource with its own id and keys ("kpi:<id>",
// "rule:<id>", "cap:<sender>|<identifier>" as in kpi-alarm-sources.ts and cap-alarm-source.ts), then add it
// where the wall module adds the others.
import type { Alarm } from '../../../../shared/contract/areas/wall.js';
import { toVnIso } from '../../../../shared/model/periods.js';
import type { Database } from '../../store/database.js';
import { ackAlarm, clearAlarm, getAlarm, openAlarms, planAlarms, raiseAlarm, recentAlarms, updateAlarmValue, visibleAlarms, type AlarmCandidate } from './alarm-store.js';

export interface AlarmSource {
  /** Also the `source` of every candidate it reports. */
  id: string;
  /** The conditions that hold now. */
  current(): Promise<AlarmCandidate[]>;
  /** Calls `changed` whenever current() may say something new; returns the function that stops watching. */
  watch(changed: () => void): () => void;
}

export interface AlarmServiceOptions {
  db: Database;
  now: () => Date;
  emit: (alarms: Alarm[]) => void;
  log: (line: string) => void;
  /** Quiet time after a change signal before evaluating, so that a burst of signals costs one evaluation. */
  debounceMs?: number;
}

export class AlarmNotFoundError extends Error {}

export class AlarmService {
  private readonly sources: AlarmSource[] = [];
  private readonly stops: (() => void)[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly o: AlarmServiceOptions) {}

  add(source: AlarmSource): void {
    this.sources.push(source);
    this.stops.push(source.watch(() => this.schedule(source)));
  }

  /** Evaluates every source now (at start, after a configuration change). */
  evaluateAll(): Promise<void> {
    return Promise.all(this.sources.map((s) => this.evaluate(s))).then(() => undefined);
  }

  /** One evaluation at a time, so that two never race on the same keys. */
  evaluate(source: AlarmSource): Promise<void> {
    this.queue = this.queue.then(() => this.run(source)).catch((error: Error) => this.o.log(`alarm source ${source.id}: ${error.message}`));
    return this.queue;
  }

  visible(): Promise<Alarm[]> {
    return visibleAlarms(this.o.db);
  }

  recent(): Promise<Alarm[]> {
    return recentAlarms(this.o.db);
  }

  async ack(id: number, operator: string, connectionId: string): Promise<Alarm> {
    if (!(await getAlarm(this.o.db, id))) throw new AlarmNotFoundError(`there is no alarm ${id}`);
    if (await ackAlarm(this.o.db, id, operator, connectionId, toVnIso(this.o.now()))) {
      this.o.log(`alarm ${id} acknowledged by ${operator}`);
      await this.publish();
    }
    return (await getAlarm(this.o.db, id))!;
  }

  close(): Promise<void> {
    this.closed = true;
    for (const stop of this.stops) stop();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    return this.queue;
  }

  private schedule(source: AlarmSource): void {
    if (this.closed || this.timers.has(source.id)) return;
    const timer = setTimeout(() => {
      this.timers.delete(source.id);
      void this.evaluate(source);
    }, this.o.debounceMs ?? 1000);
    timer.unref?.();
    this.timers.set(source.id, timer);
  }

  private async run(source: AlarmSource): Promise<void> {
    if (this.closed) return;
    const candidates = (await source.current()).filter((c) => c.source === source.id);
    const plan = planAlarms(await openAlarms(this.o.db, source.id), candidates);
    if (!plan.raise.length && !plan.clear.length && !plan.revalue.length) return;
    const at = toVnIso(this.o.now());
    await this.o.db.transaction(async (tx) => {
      for (const c of plan.raise) await raiseAlarm(tx, c, at);
      for (const id of plan.clear) await clearAlarm(tx, id, at);
      for (const r of plan.revalue) await updateAlarmValue(tx, r.id, r.value);
    });
    for (const c of plan.raise) this.o.log(`alarm raised: ${c.key} (${c.title.vi})`);
    await this.publish();
  }

  private async publish(): Promise<void> {
    this.o.emit(await this.visible());
  }
}
