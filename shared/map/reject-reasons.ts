// Why a feature is not drawn (shown, counted, in the layer's legend).
export type RejectReason = 'no-coordinates' | 'invalid-coordinates' | 'outside-province' | 'invalid-geometry';

export const REJECT_REASONS: readonly RejectReason[] = ['no-coordinates', 'invalid-coordinates', 'outside-province', 'invalid-geometry'];
