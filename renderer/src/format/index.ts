export * from './locale.js';
export * from './number.js';
export * from './value.js';
export * from './datetime.js';
export * from './relative.js';
