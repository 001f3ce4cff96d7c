// How an alarm source knows to look again: an engine event that may change what it reports, and a timer for
// what changes with time alone (a value goes stale, a warning expires).
import type { EventName } from '../../../../shared/contract/methods.js';
import type { EventHub } from '../../event-hub.js';

export function watchHub(hub: EventHub, event: EventName, changed: () => void, intervalMs = 60_000): () => void {
  const off = hub.subscribe((message) => {
    if (message.type === 'event' && message.event === event) changed();
  });
  const timer = setInterval(changed, intervalMs);
  timer.unref?.();
  return () => {
    off();
    clearInterval(timer);
  };
}
