// Test-card frames for the simulated cameras: a camera-coloured background, a bar that moves with time and a
// strip of squares that counts frames in binary, so that a living stream is visibly alive.
import { hashString } from '../random.js';

export interface Frame {
  width: number;
  height: number;
  /** RGBA, row by row. */
  rgba: Buffer;
}

function hueToRgb(h: number): [number, number, number] {
  const x = (n: number) => {
    const k = (n + h * 12) % 12;
    return Math.round(255 * (0.5 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [x(0), x(8), x(4)];
}

export function testPattern(cameraId: string, frameIndex: number, width: number, height: number): Frame {
  const rgba = Buffer.alloc(width * height * 4);
  const [r, g, b] = hueToRgb((hashString(cameraId) % 360) / 360);
  const barX = (frameIndex * 7) % width;
  const square = Math.max(4, Math.floor(height / 12));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const o = (y * width + x) * 4;
      let px: [number, number, number] = [r, g, b];
      if (Math.abs(x - barX) < width / 16) px = [240, 240, 240];
      if (y < square) {
        const bit = Math.floor(x / square);
        if (bit < 16) px = (frameIndex >> bit) & 1 ? [250, 200, 60] : [20, 20, 20];
      }
      rgba[o] = px[0];
      rgba[o + 1] = px[1];
      rgba[o + 2] = px[2];
      rgba[o + 3] = 255;
    }
  }
  return { width, height, rgba };
}
