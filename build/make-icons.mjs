#!/usr/bin/env node
// Draws the console's emblem (a gold map pin over a ground ring on a dark-blue rounded square) and writes
// build/icons/NxN.png, build/icon.png (512), build/icon.ico (PNG entries 16-256) and
// resources/icons/icon.png (256, the runtime window icon). Pure Node: zlib for PNG, no dependencies.
// Run: node build/make-icons.mjs   (output is deterministic; commit it)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 32, 48, 64, 128, 256];

const BG_TOP = [0x1a, 0x4b, 0x8c];
const BG_BOTTOM = [0x0b, 0x1e, 0x3a];
const PIN = [0xff, 0xc8, 0x3d];
const RING = [0x4f, 0xc3, 0xf7];

// Geometry in unit coordinates (0..1, y down).
const MARGIN = 0.03;
const CORNER = 0.2;
const PIN_CENTER = { x: 0.5, y: 0.38 };
const PIN_RADIUS = 0.23;
const PIN_HOLE = 0.095;
const PIN_TIP = { x: 0.5, y: 0.8 };
const RING_CENTER = { x: 0.5, y: 0.8 };
const RING_RX = 0.27;
const RING_RY = 0.075;
const RING_WIDTH = 0.04;

function inRoundedSquare(x, y) {
  const lo = MARGIN + CORNER;
  const hi = 1 - MARGIN - CORNER;
  if (x < MARGIN || x > 1 - MARGIN || y < MARGIN || y > 1 - MARGIN) return false;
  const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
  const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function inPin(x, y) {
  const cx = x - PIN_CENTER.x;
  const cy = y - PIN_CENTER.y;
  const r2 = cx * cx + cy * cy;
  if (r2 <= PIN_HOLE * PIN_HOLE) return false;
  if (r2 <= PIN_RADIUS * PIN_RADIUS) return true;
  // The tail: the cone from the tip tangent to the head circle.
  const ax = PIN_CENTER.x - PIN_TIP.x;
  const ay = PIN_CENTER.y - PIN_TIP.y;
  const d = Math.hypot(ax, ay);
  const px = x - PIN_TIP.x;
  const py = y - PIN_TIP.y;
  const along = (px * ax + py * ay) / d;
  const tangentLength = Math.sqrt(d * d - PIN_RADIUS * PIN_RADIUS);
  // Up to the tangent points, where the head circle takes over.
  if (along < 0 || along > (tangentLength * tangentLength) / d) return false;
  const across = Math.abs(px * ay - py * ax) / d;
  return across <= along * (PIN_RADIUS / tangentLength);
}

function inRing(x, y) {
  const ex = (x - RING_CENTER.x) / RING_RX;
  const ey = (y - RING_CENTER.y) / RING_RY;
  const e = Math.sqrt(ex * ex + ey * ey);
  const half = RING_WIDTH / 2 / RING_RY;
  return Math.abs(e - 1) <= half;
}

/** RGBA pixels (size × size × 4) of the emblem, anti-aliased by supersampling. */
export function renderEmblem(size) {
  const samples = size <= 64 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!inRoundedSquare(x, y)) continue;
          let color = BG_TOP.map((top, i) => top + (BG_BOTTOM[i] - top) * y);
          if (inRing(x, y)) color = RING;
          if (inPin(x, y)) color = PIN;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG of the given pixels. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO container holding PNG images ({ size, png }), sizes up to 256. */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

function main() {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const pngs = new Map(PNG_SIZES.map((size) => [size, encodePng(size, size, renderEmblem(size))]));
  const write = (relative, data) => {
    const file = path.join(projectDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    console.log(`${relative} (${data.length} bytes)`);
  };
  for (const [size, png] of pngs) write(`build/icons/${size}x${size}.png`, png);
  write('build/icon.png', pngs.get(512));
  write('build/icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  write('resources/icons/icon.png', pngs.get(256));
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) main();
