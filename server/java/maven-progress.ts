// Turns what Maven prints while it builds into a few progress messages, so
// that a first build (CoreNLP's models alone are 474 MB) does not look hung:
// one line when downloading starts, one per jar downloaded, and, at most
// every few seconds, the transfer progress of the files in flight. Pure: the
// caller feeds it output and a clock.
//
// NOTE: Maven 3.9 with -B prints only "Downloading from …" and "Downloaded
// from … (size at speed)", so a 474 MB jar shows nothing for a minute or
// more; without -B it also prints "Progress (n): 24/474 MB | 1.1 MB",
// rewritten in place with carriage returns. The NLP build runs without -B.

/** Splits a stream into lines at \n and at \r (Maven's progress rewrites a line with \r). */
export class SegmentSplitter {
  private rest = '';

  feed(chunk: string): string[] {
    const parts = (this.rest + chunk).split(/\r\n|\r|\n/);
    this.rest = parts.pop() ?? '';
    return parts.map((p) => p.trimEnd()).filter((p) => p !== '');
  }

  /** What is left after the stream ended. */
  end(): string[] {
    const last = this.rest.trimEnd();
    this.rest = '';
    return last === '' ? [] : [last];
  }
}

const DOWNLOADING = /^Downloading from [^:]+: (\S+)/;
const DOWNLOADED = /^Downloaded from [^:]+: (\S+) \(([\d.]+) (B|kB|MB|GB)(?: at [^)]*)?\)/;
const PROGRESS = /^Progress \((\d+)\): (.+)$/;
const UNIT: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
/** A file this big is named when it arrives; smaller ones are only counted. */
const NAMED_BYTES = 5e6;

const fileName = (url: string): string => url.slice(url.lastIndexOf('/') + 1);
const stripLevel = (line: string): string => line.replace(/^\[INFO\] /, '');
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;

export interface MavenProgressOptions {
  /** Least time between two transfer-progress messages; default 5 s. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export class MavenProgress {
  private started = false;
  private readonly inFlight: string[] = [];
  private files = 0;
  private bytes = 0;
  private lastReportAt = 0;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(opts: MavenProgressOptions = {}) {
    this.intervalMs = opts.intervalMs ?? 5_000;
    this.now = opts.now ?? Date.now;
  }

  /** Whether a line is transfer progress (kept out of error output). */
  static isTransferLine(line: string): boolean {
    return PROGRESS.test(stripLevel(line));
  }

  /** The message to show for one line of Maven output, if any. */
  line(raw: string): string | undefined {
    const line = stripLevel(raw);
    const downloading = DOWNLOADING.exec(line);
    if (downloading?.[1]) {
      this.inFlight.push(fileName(downloading[1]));
      if (this.started) return undefined;
      this.started = true;
      this.lastReportAt = this.now();
      return 'downloading dependencies into the local Maven repository (first build only; it can take minutes) …';
    }
    const downloaded = DOWNLOADED.exec(line);
    if (downloaded?.[1]) {
      const name = fileName(downloaded[1]);
      const i = this.inFlight.indexOf(name);
      if (i >= 0) this.inFlight.splice(i, 1);
      const size = Number(downloaded[2]) * (UNIT[downloaded[3] ?? 'B'] ?? 1);
      this.files++;
      this.bytes += size;
      return size >= NAMED_BYTES ? `downloaded ${name} (${megabytes(size)}; ${this.done()})` : undefined;
    }
    const progress = PROGRESS.exec(line);
    if (progress?.[2] && this.now() - this.lastReportAt >= this.intervalMs) {
      this.lastReportAt = this.now();
      const only = this.inFlight.length === 1 ? `${this.inFlight[0]} ` : '';
      return `downloading ${only}${progress[2].replace(/\s*\|\s*/g, ', ')} (${this.done()})`;
    }
    return undefined;
  }

  private done(): string {
    return `${this.files} files, ${megabytes(this.bytes)} done`;
  }
}
