// Registers every panel kind; import this (not the single files) to get a complete registry.
export * from './registry.js';
export * from './thresholds.js';
export { timeseriesPanel, timeseriesOption, timeseriesTable, seriesGrid } from './timeseries.js';
export { barRankingPanel, barRankingOption, rankingTable, rankItems, rankAll, DEFAULT_TOP_N } from './bar-ranking.js';
export { statPanel, statOption, statColor } from './stat.js';
export { gaugePanel, gaugeOption, gaugeTable, bandStops, targetCaption } from './gauge.js';
export { compositionPanel, compositionOption, compositionTable, partsOf } from './composition.js';
export { heatmapPanel, heatmapOption, heatmapTable, heatCells, heatNote, thresholdPieces, HEAT_ROWS } from './heatmap.js';
export { tablePanel, tableKindTable } from './table.js';
