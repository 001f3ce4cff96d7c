// The video wall as the renderer sees it: the configuration, the state of every wall screen, the alarms to
// show, the shell's displays, and the KPIs in breach. Events keep it current; after every (re)connection it is
// read again, so a screen that lost the engine for a while shows the truth as soon as it is back.
import { defineStore } from 'pinia';
import { computed, shallowReactive, shallowRef, watch } from 'vue';
import type { Alarm, Breach, DisplayReport, WallCommandInput, WallConfigState, WallState } from '../../../shared/contract/areas/wall.js';
import type { Scene } from '../../../shared/wall/schema.js';
import { isCallError, type CallError } from '../client/call-error.js';
import { useClient } from '../client/instance.js';
import { useConnectionStore } from './connection.js';
import { useOperatorStore } from './operator.js';

const BREACH_REFRESH_MS = 60_000;
const BREACH_DEBOUNCE_MS = 500;

export const useWallStore = defineStore('wall', () => {
  const client = useClient();
  const connection = useConnectionStore();
  const operator = useOperatorStore();
  const configState = shallowRef<WallConfigState | null>(null);
  const states = shallowReactive(new Map<string, WallState>());
  const alarms = shallowRef<Alarm[]>([]);
  const displays = shallowRef<(DisplayReport & { reportedAt: string | null }) | null>(null);
  const breaches = shallowRef<Breach[] | null>(null);
  const error = shallowRef<CallError | null>(null);

  /** A state older than the one shown is ignored (events and answers may cross). */
  function apply(state: WallState, force = false): void {
    const shown = states.get(state.wallId);
    if (force || !shown || state.revision >= shown.revision) states.set(state.wallId, state);
  }

  async function load(): Promise<void> {
    try {
      const [config, list, visible] = await Promise.all([
        client.call('wall.config.get', {}),
        client.call('wall.states.list', {}),
        client.call('wall.alarms.list', {}),
      ]);
      configState.value = config;
      // A new connection may be a restarted engine whose revisions start lower: take its word.
      states.clear();
      for (const s of list.states) apply(s, true);
      alarms.value = visible.alarms;
      error.value = null;
    } catch (err) {
      error.value = isCallError(err) ? err : null;
    }
  }

  client.on('wall.state', (s) => apply(s));
  client.on('wall.config', (c) => (configState.value = c));
  client.on('wall.alarms', (a) => (alarms.value = a.alarms));
  client.on('wall.displays', (d) => (displays.value = d));
  watch(
    () => connection.generation,
    (g) => {
      if (g > 0) void load();
    },
    { immediate: true },
  );

  const config = computed(() => configState.value?.config ?? null);
  const unacknowledged = computed(() => alarms.value.filter((a) => a.acknowledged === null));

  function wall(wallId: string) {
    return config.value?.walls.find((w) => w.id === wallId);
  }
  function scene(sceneId: string | undefined): Scene | undefined {
    return sceneId === undefined ? undefined : config.value?.scenes.find((s) => s.id === sceneId);
  }
  function playlist(playlistId: string | undefined) {
    return config.value?.playlists.find((p) => p.id === playlistId);
  }

  async function control(wallId: string, command: WallCommandInput): Promise<WallState> {
    const state = await client.call('wall.control', { wallId, command, operator: operator.name.trim() });
    apply(state);
    return state;
  }

  async function ack(alarmId: number): Promise<void> {
    const alarm = await client.call('wall.alarms.ack', { alarmId, operator: operator.name.trim() });
    alarms.value = alarms.value.map((a) => (a.id === alarm.id ? alarm : a));
  }

  async function loadDisplays(): Promise<void> {
    displays.value = await client.call('wall.displays.get', {}).catch(() => displays.value);
  }

  // Breaches are read while some tile shows them: on a timer, and soon after new data lands.
  let breachWatchers = 0;
  let breachTimer: ReturnType<typeof setInterval> | undefined;
  let breachDebounce: ReturnType<typeof setTimeout> | undefined;
  async function refreshBreaches(): Promise<void> {
    try {
      breaches.value = (await client.call('wall.breaches', {})).breaches;
    } catch {
      // keep what is shown; the next refresh tries again
    }
  }
  client.on('data.changed', () => {
    if (breachWatchers === 0) return;
    clearTimeout(breachDebounce);
    breachDebounce = setTimeout(() => void refreshBreaches(), BREACH_DEBOUNCE_MS);
  });
  watch(
    () => connection.generation,
    () => {
      if (breachWatchers > 0) void refreshBreaches();
    },
  );
  function watchBreaches(): () => void {
    breachWatchers += 1;
    if (breachWatchers === 1) {
      void refreshBreaches();
      breachTimer = setInterval(() => void refreshBreaches(), BREACH_REFRESH_MS);
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      breachWatchers -= 1;
      if (breachWatchers === 0) {
        clearInterval(breachTimer);
        clearTimeout(breachDebounce);
      }
    };
  }

  return {
    configState,
    config,
    states,
    alarms,
    unacknowledged,
    displays,
    breaches,
    error,
    load,
    wall,
    scene,
    playlist,
    control,
    ack,
    loadDisplays,
    watchBreaches,
  };
});
