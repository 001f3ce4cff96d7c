// Turns the operator's basemap setting into style pieces for the map, or null (the boundaries alone).
// A basemap that cannot be loaded never blocks the map: the reason is returned to be shown.
import type { StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../../../shared/contract/areas/map.js';
import type { Client } from '../client/client.js';
import { openArchive, registerBasemapProtocols } from './basemap-protocol.js';
import { adoptStyle, archiveStyle, type BasemapStyle } from './basemap-style.js';

export interface LoadedBasemap {
  style: BasemapStyle | null;
  error: string | null;
}

export async function loadBasemap(client: Client, basemap: Basemap, dark: boolean): Promise<LoadedBasemap> {
  if (basemap.kind === 'none') return { style: null, error: null };
  registerBasemapProtocols(client);
  try {
    if (basemap.kind === 'style') {
      const answer = await client.call('map.basemapFetch', { url: basemap.url }, { timeoutMs: 60_000 });
      const style = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(answer.base64), (c) => c.charCodeAt(0)))) as StyleSpecification;
      if (style?.version !== 8 || typeof style.sources !== 'object' || !Array.isArray(style.layers)) throw new Error('not a MapLibre style (version 8)');
      return { style: adoptStyle(style, basemap.url), error: null };
    }
    const archive = openArchive(client);
    const header = await archive.getHeader();
    const metadata = (await archive.getMetadata().catch(() => ({}))) as { vector_layers?: { id: string }[] };
    return { style: archiveStyle(header.tileType, metadata.vector_layers ?? [], dark), error: null };
  } catch (error) {
    return { style: null, error: (error as Error).message };
  }
}
