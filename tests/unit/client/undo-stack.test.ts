// The command stack behind undo and redo.
import { describe, expect, it } from 'vitest';
import { UndoStack, type Command } from '../../../client/src/graph/undo-stack.ts';

function counter(): { value: number; add: (n: number) => Command } {
  const state = { value: 0, add: (n: number): Command => ({ label: `add ${n}`, undo: () => void (state.value -= n), redo: () => void (state.value += n) }) };
  return state;
}

function apply(stack: UndoStack, c: Command): void {
  c.redo();
  stack.push(c);
}

describe('UndoStack', () => {
  it('undoes and redoes in order', () => {
    const s = new UndoStack();
    const c = counter();
    apply(s, c.add(1));
    apply(s, c.add(10));
    expect(c.value).toBe(11);
    expect(s.undo()?.label).toBe('add 10');
    expect(c.value).toBe(1);
    s.undo();
    expect(c.value).toBe(0);
    expect(s.undo()).toBeNull();
    s.redo();
    s.redo();
    expect(c.value).toBe(11);
    expect(s.redo()).toBeNull();
  });

  it('drops the redo branch when a new command is pushed', () => {
    const s = new UndoStack();
    const c = counter();
    apply(s, c.add(1));
    s.undo();
    expect(s.canRedo).toBe(true);
    apply(s, c.add(5));
    expect(s.canRedo).toBe(false);
    expect(s.undoLabel).toBe('add 5');
  });

  it('keeps at most `depth` commands', () => {
    const s = new UndoStack(2);
    const c = counter();
    for (const n of [1, 2, 3]) apply(s, c.add(n));
    s.undo();
    s.undo();
    expect(s.canUndo).toBe(false);
    expect(c.value).toBe(1);
  });

  it('tells listeners about every change', () => {
    const s = new UndoStack();
    const c = counter();
    let calls = 0;
    s.onChange(() => calls++);
    apply(s, c.add(1));
    s.undo();
    s.redo();
    s.clear();
    expect(calls).toBe(4);
  });
});
