import fs from 'node:fs';

/** Backups hold every staff e-mail and the whole editorial record: only their owner may read them. */
export const BACKUP_FILE_MODE = 0o600;

/**
 * A file opened for writing, readable by its owner only: created with the mode, and chmod-ed through the open
 * descriptor too, since an existing file keeps its old mode and the umask may narrow a new one.
 */
export class PrivateFileWriter {
  readonly fd: number;
  #pending: string[] = [];
  #size = 0;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'w', BACKUP_FILE_MODE);
    fs.fchmodSync(this.fd, BACKUP_FILE_MODE);
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#size += text.length;
    if (this.#size > 1 << 20) this.flush();
  }

  flush(): void {
    if (this.#pending.length) fs.writeSync(this.fd, this.#pending.join(''));
    this.#pending = [];
    this.#size = 0;
  }

  /** Appends another file's bytes (written earlier by this process). */
  append(file: string): void {
    this.flush();
    const source = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (let n; (n = fs.readSync(source, buffer, 0, buffer.length, null)) > 0; ) fs.writeSync(this.fd, buffer, 0, n);
    } finally {
      fs.closeSync(source);
    }
  }

  close(): void {
    this.flush();
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
  }
}
