export * from './envelope.js';
export * from './model.js';
export * from './methods.js';
