// A live HLS stream per camera: a sliding three-segment playlist of two-second MPEG-TS segments, numbered from
// the gateway's start so that every client sees the same segment under the same name.
import { encodeIdrFrame } from './h264-ipcm.js';
import { muxSegment } from './mpeg-ts.js';
import { testPattern } from './test-pattern.js';

export const SEGMENT_SECONDS = 2;
export const FPS = 5;
const WIDTH = 160;
const HEIGHT = 96;
const WINDOW = 3;

export class HlsStreams {
  private readonly cache = new Map<string, Buffer>();

  constructor(private readonly startMs: number) {}

  /** The newest complete segment; at least WINDOW exist from the start. */
  latest(nowMs: number): number {
    return Math.floor((nowMs - this.startMs) / (SEGMENT_SECONDS * 1000)) + WINDOW - 1;
  }

  playlist(nowMs: number): string {
    const last = this.latest(nowMs);
    const first = Math.max(0, last - WINDOW + 1);
    const lines = ['#EXTM3U', '#EXT-X-VERSION:3', `#EXT-X-TARGETDURATION:${SEGMENT_SECONDS}`, `#EXT-X-MEDIA-SEQUENCE:${first}`];
    for (let n = first; n <= last; n += 1) lines.push(`#EXTINF:${SEGMENT_SECONDS.toFixed(3)},`, `seg-${n}.ts`);
    return `${lines.join('\n')}\n`;
  }

  /** Segment n of a camera, or null when it does not exist (yet, or any more). */
  segment(cameraId: string, n: number, nowMs: number): Buffer | null {
    const last = this.latest(nowMs);
    if (!Number.isSafeInteger(n) || n < 0 || n > last || n < last - 10) return null;
    const key = `${cameraId}/${n}`;
    let data = this.cache.get(key);
    if (!data) {
      const frames: Buffer[] = [];
      for (let i = 0; i < SEGMENT_SECONDS * FPS; i += 1) {
        const index = n * SEGMENT_SECONDS * FPS + i;
        frames.push(encodeIdrFrame(testPattern(cameraId, index, WIDTH, HEIGHT), index));
      }
      data = muxSegment(frames, 1 + n * SEGMENT_SECONDS, FPS);
      this.cache.set(key, data);
      while (this.cache.size > 24) this.cache.delete(this.cache.keys().next().value!);
    }
    return data;
  }
}
