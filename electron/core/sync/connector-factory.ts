// Builds the protocol implementation a declaration names.
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { FieldReportSink } from '../../../shared/model/field-report-inbound.js';
import type { Database } from '../store/database.js';
import { createCapConnector } from './cap/cap-connector.js';
import type { Connector } from './connector.js';
import type { ConnectorDeclaration } from './connectors/declaration.js';
import type { KpiPullOptions } from './kpi-pull.js';
import { createOpen311Connector } from './open311/open311-connector.js';
import { createProvincialConnector } from './provincial/provincial-connector.js';

export interface ConnectorDeps {
  catalog: Catalog;
  fieldReportSink: () => FieldReportSink<Database> | undefined;
  onKpiStored: (kpiId: string) => void;
  onFieldReportsStored: (count: number) => void;
  onAlertsChanged: (ids: string[]) => void;
  onPageCommitted?: KpiPullOptions['onPageCommitted'];
}

export function createConnector(declaration: ConnectorDeclaration, deps: ConnectorDeps): Connector {
  switch (declaration.protocol) {
    case 'provincial-rest':
      return createProvincialConnector(declaration, {
        catalog: deps.catalog,
        onStored: deps.onKpiStored,
        ...(deps.onPageCommitted ? { onPageCommitted: deps.onPageCommitted } : {}),
      });
    case 'open311':
      return createOpen311Connector(declaration, { sink: deps.fieldReportSink, onStored: deps.onFieldReportsStored });
    case 'cap':
      return createCapConnector(declaration, { onChanged: deps.onAlertsChanged });
  }
}
