// The province's data-sharing REST API (electron/simulator/openapi.yaml): geography, then KPI observations.
import type { Catalog } from '../../../../shared/catalog/schema.js';
import type { Connector, PullRun } from '../connector.js';
import type { ConnectorDeclaration } from '../connectors/declaration.js';
import { pullGeography } from '../geo-pull.js';
import { pullKpis, reprocessObservation, type KpiPullOptions } from '../kpi-pull.js';

export interface ProvincialOptions {
  catalog: Catalog;
  onStored: (kpiId: string) => void;
  onPageCommitted?: KpiPullOptions['onPageCommitted'];
}

export function createProvincialConnector(declaration: ConnectorDeclaration, o: ProvincialOptions): Connector {
  const pageSize = declaration.paging.strategy === 'updated-since' ? declaration.paging.pageSize : 5000;
  return {
    declaration,
    async pull(run: PullRun) {
      await pullGeography(run);
      await pullKpis(run, { catalog: o.catalog, pageSize, onStored: o.onStored, onPageCommitted: o.onPageCommitted });
    },
    reprocess: (tx, stream, raw, at) => reprocessObservation(tx, o.catalog, declaration.id, stream, raw, at),
  };
}
