import { describe, expect, it } from 'vitest';
import { joinHandlers, type EngineModule } from './engine-module.js';

const noop = async () => ({}) as never;

describe('joinHandlers', () => {
  it('joins the handlers of all modules', () => {
    const a: EngineModule = { name: 'a', handlers: { 'catalog.get': noop } };
    const b: EngineModule = { name: 'b', handlers: { 'sync.now': noop } };
    expect(Object.keys(joinHandlers([a, b])).sort()).toEqual(['catalog.get', 'sync.now']);
  });

  it('refuses a method handled by two modules, naming the second', () => {
    const a: EngineModule = { name: 'a', handlers: { 'catalog.get': noop } };
    const b: EngineModule = { name: 'b', handlers: { 'catalog.get': noop } };
    expect(() => joinHandlers([a, b])).toThrow(/catalog\.get.*second: b/);
  });
});
