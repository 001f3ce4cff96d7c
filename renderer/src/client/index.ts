export * from './call-error.js';
export * from './client.js';
export type { Transport, TransportState } from './transport.js';
