// Which class (colour) a feature of a layer falls in, and whether its flag (e.g. overdue) is raised.
import type { MapLayer } from './layer-schema.js';

export type FeatureProps = Record<string, string | number | boolean | null>;

/** The class key of a feature, or null when its property does not name one of the layer's classes. */
export function featureClass(layer: MapLayer, props: FeatureProps): string | null {
  const value = props[layer.classBy.property];
  if (layer.classBy.kind === 'category') {
    return typeof value === 'string' && layer.classes.some((c) => c.key === value) ? value : null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let index = 0;
  while (index < layer.classBy.from.length && value >= layer.classBy.from[index]!) index++;
  return layer.classes[index]!.key;
}

/** Whether the layer's flag applies to a feature at `now` (a deadline passes without an upstream update). */
export function isFlagged(layer: MapLayer, props: FeatureProps, cls: string | null, now: Date): boolean {
  const rule = layer.flag?.rule;
  if (!rule) return false;
  const value = props[rule.property];
  if (rule.kind === 'true') return value === true;
  if (cls !== null && rule.exceptClasses.includes(cls)) return false;
  const deadline = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(deadline) && deadline < now.getTime();
}
