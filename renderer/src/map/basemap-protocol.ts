// The two schemes through which an operator's basemap reaches MapLibre, both answered by the engine:
// ioc-basemap:// (style resources fetched by the engine from the local network) and pmtiles:// (byte ranges of
// an archive read by the engine). Registered once per page; the page itself never leaves the app.
import maplibregl from 'maplibre-gl';
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import type { Client } from '../client/client.js';
import { ARCHIVE_KEY, PROXY_SCHEME, unproxied } from './basemap-style.js';

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** A PMTiles source whose bytes come from the engine (map.basemapBytes). */
class EngineArchive implements Source {
  constructor(private readonly client: Client) {}

  getKey() {
    return ARCHIVE_KEY;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const answer = await this.client.call('map.basemapBytes', { offset, length }, { timeoutMs: 60_000 });
    const bytes = fromBase64(answer.base64);
    return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, etag: answer.modifiedAt };
  }
}

let registered: { client: Client; archive: PMTiles | null; protocol: Protocol } | undefined;

export function registerBasemapProtocols(client: Client) {
  if (registered?.client === client) return registered;
  const protocol = new Protocol();
  maplibregl.addProtocol('pmtiles', protocol.tile);
  maplibregl.addProtocol(PROXY_SCHEME, async (params) => {
    const answer = await client.call('map.basemapFetch', { url: unproxied(params.url) }, { timeoutMs: 60_000 });
    const bytes = fromBase64(answer.base64);
    if (params.type === 'json' || /json/.test(answer.contentType)) return { data: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
    if (params.type === 'string') return { data: new TextDecoder().decode(bytes) };
    return { data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
  });
  registered = { client, archive: null, protocol };
  return registered;
}

/** A fresh reader of the configured archive (after the operator changes it). */
export function openArchive(client: Client): PMTiles {
  const r = registerBasemapProtocols(client);
  r.archive = new PMTiles(new EngineArchive(client));
  r.protocol.add(r.archive);
  return r.archive;
}
