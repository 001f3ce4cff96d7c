// A small promise layer over sqlite3 (N-API, loads in Electron without a rebuild). Writes are serialised
// through one queue so that transactions from concurrent callers never interleave.
import sqlite3 from 'sqlite3';

export type SqlValue = string | number | null | bigint | Buffer;
export type Row = Record<string, unknown>;

export class Database {
  private writeQueue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: sqlite3.Database,
    readonly file: string,
  ) {}

  static open(file: string): Promise<Database> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(new Database(db, file))));
    });
  }

  run(sql: string, params: SqlValue[] = []): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) => {
      this.db.run(sql, params, function (err) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      });
    });
  }

  all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[])));
    });
  }

  async get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.db.get(sql, params, (err, row) => (err ? reject(err) : resolve(row as T | undefined)));
    });
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.exec(sql, (err) => (err ? reject(err) : resolve()));
    });
  }

  /** Runs `work` inside BEGIN IMMEDIATE … COMMIT, after every earlier transaction has finished. */
  transaction<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(async () => {
      await this.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this);
        await this.exec('COMMIT');
        return result;
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
    this.writeQueue = next.catch(() => undefined);
    return next;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.db.close((err) => (err ? reject(err) : resolve()));
    });
  }
}
