// The command stack behind undo/redo: every change to the view is pushed as
// a command that knows how to undo and redo itself.

export interface Command {
  /** What the change did, for the Undo button's tooltip ("Expand Iran"). */
  readonly label: string;
  undo(): void;
  redo(): void;
}

export class UndoStack {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly depth = 100) {}

  /** Records a command that has just been applied; clears the redo branch. */
  push(cmd: Command): void {
    this.done.push(cmd);
    if (this.done.length > this.depth) this.done.shift();
    this.undone.length = 0;
    this.changed();
  }

  undo(): Command | null {
    const cmd = this.done.pop();
    if (!cmd) return null;
    cmd.undo();
    this.undone.push(cmd);
    this.changed();
    return cmd;
  }

  redo(): Command | null {
    const cmd = this.undone.pop();
    if (!cmd) return null;
    cmd.redo();
    this.done.push(cmd);
    this.changed();
    return cmd;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of the command Undo would revert, or null. */
  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.changed();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }
}
