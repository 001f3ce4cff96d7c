// The upstream sources the engine knows by default.
export const PROVINCIAL_SOURCE = { id: 'provincial-api', name: 'Nền tảng chia sẻ dữ liệu tỉnh (LGSP)', account: 'upstream:provincial-api' };
