// The guard dispatch runs every call through: the matrix (authorize.ts), then the scoping (scope.ts).
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { MethodName, Params, Result } from '../../../shared/contract/methods.js';
import type { CallGuard } from '../dispatch.js';
import { authorizeCall } from './authorize.js';
import { narrowParams, narrowResult } from './scope.js';

export function createCallGuard(catalog: Catalog): CallGuard {
  return {
    admit(method: MethodName, caller) {
      const grant = authorizeCall(method, caller.session);
      return {
        params: (params) => narrowParams(method, params as Params<typeof method>, grant, caller.session, catalog),
        result: (result) => narrowResult(method, result as Result<typeof method>, grant, caller.session, catalog),
      };
    },
  };
}
