// WebSocket transport to the web host's /ws; reconnects by itself with capped backoff and queues while closed.
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { BaseTransport, decodeFrame, SendQueue } from './transport.js';

type SocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState'> & {
  onopen: ((ev: Event) => void) | null;
  onclose: ((ev: CloseEvent) => void) | null;
  onerror: ((ev: Event) => void) | null;
  onmessage: ((ev: MessageEvent) => void) | null;
};

export interface WebSocketTransportOptions {
  createSocket?: (url: string) => SocketLike;
  backoff?: BackoffOptions;
}

export function engineSocketUrl(loc: Pick<Location, 'protocol' | 'host'> = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/ws`;
}

export class WebSocketTransport extends BaseTransport {
  private socket: SocketLike | undefined;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closedByUs = false;
  private readonly queue = new SendQueue();

  constructor(
    private readonly url: string = engineSocketUrl(),
    private readonly options: WebSocketTransportOptions = {},
  ) {
    super('connecting');
    this.connect();
  }

  send(msg: unknown): void {
    if (this.current === 'open' && this.socket) this.socket.send(JSON.stringify(msg));
    else this.queue.push(msg);
  }

  close(): void {
    this.closedByUs = true;
    clearTimeout(this.timer);
    this.socket?.close();
    this.setState('closed');
  }

  private connect(): void {
    this.setState('connecting');
    let socket: SocketLike;
    try {
      socket = this.options.createSocket ? this.options.createSocket(this.url) : new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      this.setState('open');
      for (const msg of this.queue.drain()) socket.send(JSON.stringify(msg));
    };
    socket.onmessage = (ev) => {
      const msg = decodeFrame(ev.data);
      if (msg !== undefined) this.messages.emit(msg);
    };
    socket.onerror = () => {
      // onclose follows; reconnecting happens there.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.setState('closed');
      if (!this.closedByUs) this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    clearTimeout(this.timer);
    const delay = backoffDelay(this.attempt++, this.options.backoff);
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
