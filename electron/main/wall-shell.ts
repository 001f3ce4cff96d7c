// The shell's multi-window console: display roles (re-planned on hot-plug and on a new wall configuration),
// the wall windows, display sleep blocked while they run, a memory watchdog over them, the briefing windows,
// and a report of it all to the engine (the wall control page shows it). Talks to the engine like any client.
import type { App, PowerSaveBlocker, Screen } from 'electron';
import type { Alarm, WallConfigState, WallState } from '../../shared/contract/areas/wall.js';
import type { BriefingSession } from '../../shared/contract/areas/briefing.js';
import type { Engine } from '../core/engine-api.js';
import { connectInProcess } from '../core/in-process-client.js';
import { applyBriefingWindows, planBriefingWindows } from './briefing-windows.js';
import { planDisplays, type DisplayInfo, type DisplayPlan } from './displays.js';
import { DEFAULT_WATCHDOG_POLICY, enableMemoryWatchdog, isQuietMoment } from './memory-watchdog.js';
import { DisplaySleepLock } from './power-save.js';
import { WallWindows } from './wall-windows.js';
import { placementsOf, type WindowStateFile } from './window-state.js';
import type { WindowRegistry } from './windows.js';

export interface WallShellDeps {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on' | 'removeListener'>;
  registry: WindowRegistry;
  engine: Pick<Engine, 'connect'>;
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
  app: Pick<App, 'getAppMetrics'>;
  stateFile: WindowStateFile;
  log: (line: string) => void;
  /** Quiet time after display events before re-planning (they come in bursts). */
  settleMs?: number;
  /** How soon a wall window that closed by itself is opened again (default 5 s). */
  reopenAfterMs?: number;
}

export interface WallShell {
  replan(): void;
  close(): void;
}

const SCREEN_EVENTS = ['display-added', 'display-removed', 'display-metrics-changed'] as const;

export function connectedDisplays(screen: WallShellDeps['screen']): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({ id: d.id, label: d.label, bounds: d.bounds, workArea: d.workArea, primary: d.id === primary }));
}

export async function enableWallShell(d: WallShellDeps): Promise<WallShell> {
  // The shell's own seat: it follows the walls and reports the displays as an operator would, never more.
  const client = connectInProcess(d.engine as Engine, { as: { roles: ['ioc-operator'], username: 'shell' } });
  const lock = new DisplaySleepLock(d.powerSaveBlocker, d.log);
  let config: WallConfigState = await client.call('wall.config.get', {});
  const states = new Map<string, WallState>((await client.call('wall.states.list', {})).states.map((s) => [s.wallId, s]));
  let alarms: Alarm[] = (await client.call('wall.alarms.list', {})).alarms;
  let session: BriefingSession | null = (await client.call('briefing.session.get', {})).session;
  let plan: DisplayPlan = { windows: [], problems: [] };
  let timer: NodeJS.Timeout | undefined;

  const schedule = (ms = d.settleMs ?? 500) => {
    clearTimeout(timer);
    timer = setTimeout(replan, ms);
  };
  const walls = new WallWindows({ registry: d.registry, lock, stateFile: d.stateFile, log: d.log, onWallLost: () => schedule(d.reopenAfterMs ?? 5_000) });

  const briefingWindows = (displays = connectedDisplays(d.screen)) =>
    applyBriefingWindows(planBriefingWindows(session, displays, plan, config.config.shell.briefingAudience), { registry: d.registry, lock, log: d.log });

  function replan(): void {
    const displays = connectedDisplays(d.screen);
    plan = planDisplays(displays, { walls: config.config.walls, shell: config.config.shell }, placementsOf(d.stateFile.data));
    walls.apply(plan, displays);
    briefingWindows(displays);
    for (const problem of plan.problems) d.log(`displays: ${problem}`);
    const report = {
      displays: displays.map((x) => ({ id: x.id, label: x.label, bounds: x.bounds, primary: x.primary })),
      windows: walls.windows.map((w) => ({ key: w.key, role: w.role, wallId: w.wallId, displayId: w.displayId })),
      problems: plan.problems,
    };
    client.call('wall.displays.report', report).catch((error: unknown) => d.log(`display report not taken: ${String(error)}`));
  }

  const onScreen = () => schedule();
  for (const event of SCREEN_EVENTS) d.screen.on(event as 'display-added', onScreen);
  const offs = [
    client.on('wall.config', (next) => {
      config = next;
      schedule(0);
    }),
    client.on('wall.state', (s) => states.set(s.wallId, s)),
    client.on('wall.alarms', (a) => (alarms = a.alarms)),
    client.on('briefing.session', (e) => {
      session = e.session;
      briefingWindows();
    }),
  ];

  const stopWatchdog = enableMemoryWatchdog({
    app: d.app,
    log: d.log,
    policy: () => ({ limitMb: config.config.shell.wallMemoryLimitMb, ...DEFAULT_WATCHDOG_POLICY }),
    windows: () =>
      d.registry
        .list()
        .filter((e) => e.role === 'wall')
        .map((e) => ({
          key: e.key,
          contents: e.win.webContents,
          quiet: () => {
            const state = states.get(e.key.slice('wall:'.length));
            if (!state) return true;
            return isQuietMoment({
              unacknowledgedAlarms: alarms.filter((a) => a.acknowledged === null).length,
              pushedTiles: state.overrides.length,
              sceneStartedAt: Date.parse(state.sceneStartedAt),
              now: Date.now(),
            });
          },
        })),
  });

  replan();
  return {
    replan,
    close() {
      clearTimeout(timer);
      stopWatchdog();
      for (const event of SCREEN_EVENTS) d.screen.removeListener(event as 'display-added', onScreen);
      offs.forEach((off) => off());
      client.close();
      d.stateFile.flush();
    },
  };
}
