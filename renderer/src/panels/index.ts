// Registers every panel kind; import this (not the single files) to get a complete registry.
export * from './registry.js';
export * from './thresholds.js';
export { timeseriesPanel, timeseriesOption } from './timeseries.js';
export { barRankingPanel, barRankingOption, rankItems, DEFAULT_TOP_N } from './bar-ranking.js';
export { statPanel, statOption } from './stat.js';
