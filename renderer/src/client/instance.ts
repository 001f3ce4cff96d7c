// The one client of the app, set up by main.ts before the stores are used (tests set a fake one).
import type { Client } from './client.js';

let current: Client | undefined;

export function setClient(client: Client): void {
  current = client;
}

export function useClient(): Client {
  if (!current) throw new Error('the engine client is not set up (main.ts calls setClient first)');
  return current;
}
