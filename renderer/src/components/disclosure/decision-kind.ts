/** What a supervisor does to a disclosure request from the list. */
export type DecisionKind = 'approve' | 'reject' | 'revoke';
