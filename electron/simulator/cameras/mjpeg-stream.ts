// MJPEG as IP cameras serve it: multipart/x-mixed-replace, one JPEG per part (jpeg-js encodes the test card).
import jpeg from 'jpeg-js';
import type { ServerResponse } from 'node:http';
import { testPattern } from './test-pattern.js';

export const MJPEG_BOUNDARY = 'ioc-frame';
const FRAMES = 10;
const INTERVAL_MS = 200;

export class MjpegStreams {
  private readonly frames = new Map<string, Buffer[]>();

  framesOf(cameraId: string): Buffer[] {
    let frames = this.frames.get(cameraId);
    if (!frames) {
      frames = [];
      for (let i = 0; i < FRAMES; i += 1) {
        const f = testPattern(cameraId, i * 3, 320, 180);
        frames.push(Buffer.from(jpeg.encode({ data: f.rgba, width: f.width, height: f.height }, 70).data));
      }
      this.frames.set(cameraId, frames);
      while (this.frames.size > 32) this.frames.delete(this.frames.keys().next().value!);
    }
    return frames;
  }

  /** Streams until the client goes away. */
  serve(cameraId: string, res: ServerResponse): void {
    const frames = this.framesOf(cameraId);
    res.writeHead(200, { 'content-type': `multipart/x-mixed-replace; boundary=${MJPEG_BOUNDARY}`, 'cache-control': 'no-store' });
    let i = 0;
    const send = () => {
      const frame = frames[i++ % frames.length]!;
      res.write(`--${MJPEG_BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: ${frame.length}\r\n\r\n`);
      res.write(frame);
      res.write('\r\n');
    };
    send();
    const timer = setInterval(send, INTERVAL_MS);
    res.on('close', () => clearInterval(timer));
  }
}
