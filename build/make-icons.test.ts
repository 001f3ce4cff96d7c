import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs build script without type declarations
import { crc32, encodeIco, encodePng, ICO_SIZES, PNG_SIZES, renderEmblem } from './make-icons.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('ascii', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const pixel = (x: number, y: number) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 5 + x * 4)];
  return { width, height, pixel };
}

describe('make-icons', () => {
  it('crc32 matches the PNG reference value', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('encodes a valid RGBA PNG: transparent corners, dark-blue field, gold pin', () => {
    const size = 64;
    const { width, height, pixel } = decodePng(encodePng(size, size, renderEmblem(size)));
    expect([width, height]).toEqual([size, size]);
    expect(pixel(0, 0)[3]).toBe(0);
    const [r, g, b, a] = pixel(6, size / 2) as [number, number, number, number];
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r);
    expect(b).toBeGreaterThan(g);
    const pinHead = pixel(size / 2, Math.round(size * 0.2)) as [number, number, number, number];
    expect(pinHead[0]).toBeGreaterThan(200);
    expect(pinHead[2]).toBeLessThan(120);
  });

  it('builds an ICO directory of PNG entries, 256 written as 0', () => {
    const images = [16, 256].map((size) => ({ size, png: Buffer.from([size & 0xff, 1, 2]) }));
    const ico = encodeIco(images);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(2);
    expect(ico[6]).toBe(16);
    expect(ico[6 + 16]).toBe(0);
    expect(ico.readUInt32LE(6 + 12)).toBe(6 + 32);
    expect(ico.readUInt32LE(6 + 16 + 12)).toBe(6 + 32 + 3);
  });

  it('the committed icons are the generated ones', () => {
    for (const size of PNG_SIZES as number[]) {
      const file = readFileSync(path.join(here, 'icons', `${size}x${size}.png`));
      expect(file.equals(encodePng(size, size, renderEmblem(size))), `${size}x${size}.png is stale: run node build/make-icons.mjs`).toBe(true);
    }
    const ico = readFileSync(path.join(here, 'icon.ico'));
    expect(ico.readUInt16LE(4)).toBe((ICO_SIZES as number[]).length);
  });
});
