// The operator's extra basemap: none (the boundaries alone), a MapLibre style on the local network, or a
// PMTiles archive on this machine. The page never reaches either itself: style resources are fetched here
// (only from the local network) and archive bytes are read here, so the renderer talks to the app alone.
import { open, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { basemapSchema, type Basemap } from '../../../shared/contract/areas/map.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { notLocalReason, systemResolver, type HostResolver } from './local-network.js';
import { readSetting, writeSetting } from './map-store.js';

const KEY = 'basemap';
const MAX_RESOURCE_BYTES = 25 * 1024 * 1024;
const PMTILES_MAGIC = 'PMTiles';

export class BasemapService {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly resolve: HostResolver = systemResolver,
    private readonly fetchTimeoutMs = 15_000,
  ) {}

  async get(): Promise<Basemap> {
    const text = await readSetting(this.db, KEY);
    if (!text) return { kind: 'none' };
    const parsed = basemapSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { kind: 'none' };
  }

  /** Checks the basemap can be used before keeping it; a bad one is refused with the reason. */
  async set(basemap: Basemap): Promise<Basemap> {
    if (basemap.kind === 'style') await this.checkUrl(new URL(basemap.url));
    if (basemap.kind === 'pmtiles') await checkArchive(basemap.path);
    await writeSetting(this.db, KEY, JSON.stringify(basemap), toVnIso(this.now()));
    return basemap;
  }

  private async checkUrl(url: URL) {
    const reason = await notLocalReason(url, this.resolve);
    if (reason) throw new EngineError('invalid-params', `the basemap must be on the local network: ${reason}`);
  }

  /** A resource of the configured style (the style itself, its tiles, sprites, glyphs). */
  async fetch(urlText: string): Promise<{ contentType: string; base64: string }> {
    const basemap = await this.get();
    if (basemap.kind !== 'style') throw new EngineError('forbidden', 'no basemap style is configured');
    const url = new URL(urlText);
    await this.checkUrl(url);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(this.fetchTimeoutMs), redirect: 'error' });
    } catch (error) {
      throw new EngineError('unavailable', `cannot reach the basemap server ${url.host}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new EngineError(response.status === 404 ? 'not-found' : 'unavailable', `the basemap server answered HTTP ${response.status} for ${url.pathname}`);
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_RESOURCE_BYTES) throw new EngineError('unavailable', `the basemap resource is too large (${length} bytes)`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_RESOURCE_BYTES) throw new EngineError('unavailable', `the basemap resource is too large (${body.length} bytes)`);
    return { contentType: response.headers.get('content-type') ?? 'application/octet-stream', base64: body.toString('base64') };
  }

  /** A byte range of the configured PMTiles archive (the renderer's PMTiles reader asks for header, directories, tiles). */
  async bytes(offset: number, length: number): Promise<{ base64: string; size: number; modifiedAt: string }> {
    const basemap = await this.get();
    if (basemap.kind !== 'pmtiles') throw new EngineError('forbidden', 'no PMTiles basemap is configured');
    let file;
    try {
      file = await open(basemap.path, 'r');
    } catch (error) {
      throw new EngineError('unavailable', `cannot open the basemap archive: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      const info = await file.stat();
      const size = Math.max(0, Math.min(length, info.size - offset));
      const buffer = Buffer.alloc(size);
      if (size > 0) await file.read(buffer, 0, size, offset);
      return { base64: buffer.toString('base64'), size: info.size, modifiedAt: info.mtime.toISOString() };
    } finally {
      await file.close();
    }
  }
}

async function checkArchive(path: string) {
  if (!isAbsolute(path)) throw new EngineError('invalid-params', `the PMTiles path must be absolute, got "${path}"`);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new EngineError('invalid-params', `${path} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw new EngineError('invalid-params', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    await file.read(head, 0, 8, 0);
    if (size < 127 || head.subarray(0, 7).toString('latin1') !== PMTILES_MAGIC) throw new EngineError('invalid-params', `${path} is not a PMTiles archive`);
    if (head[7] !== 3) throw new EngineError('invalid-params', `${path} is PMTiles version ${head[7]}; version 3 is needed`);
  } finally {
    await file.close();
  }
}
