import crypto from 'node:crypto';
import Database from 'better-sqlite3';

/** A digest of every row of every table (the whole database's content), read through a separate connection. */
export function databaseDigest(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      hash.update(`\0table:${name}\0`);
      for (const row of db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
