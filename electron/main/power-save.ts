// Keeps the displays awake while any wall or audience window is open: one Electron power-save blocker shared
// by all of them, started with the first holder and stopped with the last.
import type { PowerSaveBlocker } from 'electron';

export class DisplaySleepLock {
  private readonly holders = new Set<string>();
  private blockerId: number | null = null;

  constructor(
    private readonly blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  hold(key: string): void {
    this.holders.add(key);
    if (this.blockerId !== null && this.blocker.isStarted(this.blockerId)) return;
    this.blockerId = this.blocker.start('prevent-display-sleep');
    this.log(`display sleep blocked for ${[...this.holders].join(', ')}`);
  }

  release(key: string): void {
    if (!this.holders.delete(key) || this.holders.size > 0 || this.blockerId === null) return;
    this.blocker.stop(this.blockerId);
    this.blockerId = null;
    this.log('display sleep allowed again');
  }

  get held(): boolean {
    return this.holders.size > 0;
  }
}
