// The schema of the map's point layers: declared as data (like the catalog) and validated at load.
import { z } from 'zod';
import { localizedTextSchema } from '../catalog/schema.js';

const key = z.string().regex(/^[a-z0-9-]+$/);
const color = z.string().regex(/^#[0-9a-f]{6}$/i, 'colours are #rrggbb');

export const layerClassSchema = z.object({ key, name: localizedTextSchema, color });

/** Colour by a categorical property (status, kind …) or by numeric classes of a value (VN_AQI …). */
export const classBySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('category'), property: z.string().min(1) }),
  z.object({
    kind: z.literal('steps'),
    property: z.string().min(1),
    /** Lower bounds of the classes after the first, ascending: [51, 101] makes three classes. */
    from: z.array(z.number()),
  }),
]);

/** A marker drawn over some features: e.g. field reports past their deadline and not yet resolved. */
export const flagSchema = z.object({
  name: localizedTextSchema,
  color,
  rule: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('past-deadline'), property: z.string().min(1), exceptClasses: z.array(key) }),
    z.object({ kind: z.literal('true'), property: z.string().min(1) }),
  ]),
});

export const propertySchema = z.object({
  key: z.string().min(1),
  label: localizedTextSchema,
  kind: z.enum(['text', 'number', 'datetime', 'class']),
});

/**
 * What a feature opens from the detail drawer, for roles that may call `requires` (the engine checks again):
 * the item's own page (`{id}` is the feature's id), or a camera's stream tile (through the grant-checked stream).
 */
export const openSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('route'), path: z.string().regex(/^\/[^{}]*\{id\}[^{}]*$/), requires: z.string().min(1), label: localizedTextSchema }),
  z.object({ kind: z.literal('camera-stream'), requires: z.string().min(1), label: localizedTextSchema }),
]);

export const mapLayerSchema = z.object({
  key,
  name: localizedTextSchema,
  /** Material Design Icons name. */
  icon: z.string().regex(/^mdi-[a-z0-9-]+$/),
  /** Source agency (a key of the catalog's agency list): every feature's provenance. */
  agency: key,
  /** Domain whose panels this layer belongs with (links from the map). */
  domain: key,
  /** After this many minutes without a successful sync the layer is stale. */
  staleAfterMinutes: z.number().int().positive(),
  cluster: z.boolean(),
  visibleByDefault: z.boolean(),
  classBy: classBySchema,
  classes: z.array(layerClassSchema).min(1),
  flag: flagSchema.optional(),
  /** Properties shown in the detail drawer, in order. */
  properties: z.array(propertySchema),
  open: openSchema.optional(),
});

export type LayerClass = z.infer<typeof layerClassSchema>;
export type MapLayer = z.infer<typeof mapLayerSchema>;
export type LayerProperty = z.infer<typeof propertySchema>;
export type LayerOpen = z.infer<typeof openSchema>;
