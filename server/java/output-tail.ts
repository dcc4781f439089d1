// The last lines a child process wrote, for error messages: kept in memory
// from its pipes, or read back from the end of its log file (a detached child
// writes there directly).
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const TAIL_LINES = 30;
const TAIL_BYTES = 16_384;

export class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly max = TAIL_LINES) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
  }

  toString(): string {
    return this.lines.length === 0 ? '(no output)' : this.lines.join('\n');
  }
}

/** The last lines of file written after byte offset `from` (its size when the child was started). */
export function fileTail(file: string, from: number, maxLines = TAIL_LINES): string {
  try {
    const size = statSync(file).size;
    const start = Math.max(from, size - TAIL_BYTES);
    const buf = Buffer.alloc(Math.max(0, size - start));
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buf, 0, buf.length, start);
    } finally {
      closeSync(fd);
    }
    const tail = new OutputTail(maxLines);
    for (const line of buf.toString('utf8').split('\n')) if (line !== '') tail.push(line);
    return tail.toString();
  } catch {
    return '(no output)';
  }
}
