// Reporter identity (Art. 6.9) is sealed before it is stored, apart from the report. The engine only needs
// seal and open; the access-control area will supply its own sealed box behind this interface.
export interface IdentitySealer {
  /** Names the scheme and key, stored beside each sealed value so a later key can still open older ones. */
  readonly id: string;
  /** `context` binds the sealed value to its report: a value copied to another report does not open. */
  seal(plaintext: string, context: string): Promise<Buffer>;
  open(sealed: Buffer, context: string): Promise<string>;
}
