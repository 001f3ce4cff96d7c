// Geography: the communes and wards of the province.
import { z } from 'zod';
import { communeSchema } from '../model.js';
import { noParams, type MethodSpec } from './common.js';

export const geoMethods = {
  'geo.communes': {
    params: noParams,
    result: z.object({ communes: z.array(communeSchema), asOf: z.string().nullable() }),
  },
} as const satisfies Record<string, MethodSpec>;
