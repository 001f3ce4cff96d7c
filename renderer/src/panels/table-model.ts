// A table of the figures a panel draws: exact values for reading aloud, screen readers and copying.
import type { ThresholdSeverity } from './thresholds.js';

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
}

export interface TableRow {
  key: string;
  cells: string[];
  /** The row of the filtered commune or agency. */
  selected?: boolean;
  /** Threshold state of the row's main value, when thresholds apply to it. */
  severity?: ThresholdSeverity;
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
  /** A closing row (totals), when the figures add up. */
  footer?: string[];
  /** The column whose value the row severity is about (default 1, the first after the label). */
  valueColumn?: number;
}

export const column = (key: string, label: string, numeric = false): TableColumn => ({ key, label, numeric });
