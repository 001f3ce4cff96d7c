// The police camera gateway, simulated: the hierarchy of police units, the camera registry (commune, position,
// owner, online) and test streams (HLS and MJPEG), behind a bearer token, on loopback.
import { timingSafeEqual } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGeography } from '../geography.js';
import { buildCameras, buildUnits } from './gateway-data.js';
import { HlsStreams } from './hls-stream.js';
import { MjpegStreams } from './mjpeg-stream.js';

export const DEFAULT_GATEWAY_TOKEN = 'camera-demo-token';

export interface CameraGateway {
  url: string;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

export async function startCameraGateway(options: { port?: number; geoDir?: string; seed?: number; token?: string; now?: () => Date } = {}): Promise<CameraGateway> {
  const now = options.now ?? (() => new Date());
  const geography = await loadGeography(options.geoDir);
  const units = buildUnits(geography.communes);
  const cameras = buildCameras(geography.communes, options.seed ?? 20250701);
  const byId = new Map(cameras.map((c) => [c.id, c]));
  const hls = new HlsStreams(now().getTime());
  const mjpeg = new MjpegStreams();
  const expected = Buffer.from(`Bearer ${options.token ?? DEFAULT_GATEWAY_TOKEN}`);

  const server = createServer((req, res) => {
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return json(res, 401, { error: { code: 'unauthorized', message: 'bearer token required' } });
    if (req.method !== 'GET') return json(res, 405, { error: { code: 'method-not-allowed', message: 'read-only' } });
    const path = new URL(req.url ?? '/', 'http://gateway.invalid').pathname;
    if (path === '/api/units') return json(res, 200, { items: units });
    if (path === '/api/cameras') return json(res, 200, { items: cameras, as_of: now().toISOString() });
    const stream = /^\/streams\/([A-Za-z0-9._:-]+)\/(mjpeg|hls\/index\.m3u8|hls\/seg-(\d{1,12})\.ts)$/.exec(path);
    const camera = stream ? byId.get(stream[1]!) : undefined;
    if (!stream || !camera) return json(res, 404, { error: { code: 'not-found', message: 'no such camera or stream' } });
    if (!camera.online) return json(res, 503, { error: { code: 'offline', message: 'the camera is offline' } });
    if (stream[2] === 'mjpeg') return mjpeg.serve(camera.id, res);
    if (stream[2] === 'hls/index.m3u8') {
      res.writeHead(200, { 'content-type': 'application/vnd.apple.mpegurl', 'cache-control': 'no-store' }).end(hls.playlist(now().getTime()));
      return;
    }
    const segment = hls.segment(camera.id, Number(stream[3]), now().getTime());
    if (!segment) return json(res, 404, { error: { code: 'not-found', message: 'no such segment' } });
    res.writeHead(200, { 'content-type': 'video/mp2t', 'cache-control': 'no-store', 'content-length': segment.length }).end(segment);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
