// A small form that opens in a panel in place of a dialog: labelled fields,
// a submit and a Cancel button, and the API's error shown under it
// ("message (CODE)", role=alert) until the next try.
import type { ApiError } from '../../../server/api/contract.ts';
import { h, type Child } from './dom.ts';

export interface InlineFormSpec {
  /** Accessible name and test hook ("Rename Chile"). */
  readonly label: string;
  /** A class naming the form ("rename-form"). */
  readonly name: string;
  readonly fields: readonly Child[];
  readonly submit: string;
  /** Does the work; an error (or a message) stays shown under the form. */
  run(): Promise<ApiError | string | null>;
  onCancel(): void;
}

/** A labelled control: the label names the input by id (the first one inside a wrapper such as the actor picker). */
export function field(label: string, control: HTMLElement, help?: string): HTMLElement {
  const labelled = control.id ? control : control.querySelector('input, select, textarea');
  return h('div', { class: 'field' }, h('label', { for: labelled?.id, text: label }), control, help ? h('small', { class: 'muted', text: help }) : null);
}

/** The reason of a correction: optional, or required (a rejected claim). */
export function reasonField(id: string, required = false): { el: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { id, type: 'text', required, maxlength: 2000, placeholder: required ? 'why (required)' : 'why (optional)' });
  return { el: field(required ? 'Reason' : 'Reason (optional)', input), input };
}

export function inlineForm(spec: InlineFormSpec): HTMLFormElement {
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', text: spec.submit });
  const cancel = h('button', { type: 'button', text: 'Cancel' });
  const form = h('form', { class: `inline-form ${spec.name}`, 'aria-label': spec.label }, ...spec.fields, h('div', { class: 'button-row' }, submit, cancel), error);
  cancel.addEventListener('click', () => spec.onCancel());
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    void spec.run().then(
      (err) => {
        submit.disabled = false;
        if (err) error.textContent = typeof err === 'string' ? err : `${err.message} (${err.code})`;
      },
      (e: unknown) => {
        submit.disabled = false;
        error.textContent = e instanceof Error ? e.message : String(e);
      },
    );
  });
  return form;
}

/** A row of buttons that each open their form in one slot below (a second click closes it). */
export function formSwitcher(buttons: readonly { readonly text: string; readonly disabled?: boolean; readonly open: (close: () => void) => HTMLElement }[]): HTMLElement {
  const slot = h('div', { class: 'form-slot' });
  let openIndex = -1;
  const close = () => {
    slot.replaceChildren();
    openIndex = -1;
  };
  const row = h('div', { class: 'button-row correction-buttons' });
  buttons.forEach((b, i) => {
    const el = h('button', { type: 'button', text: b.text, disabled: b.disabled === true, 'aria-expanded': 'false' });
    el.addEventListener('click', () => {
      for (const other of row.querySelectorAll('button')) other.setAttribute('aria-expanded', 'false');
      if (openIndex === i) return close();
      openIndex = i;
      el.setAttribute('aria-expanded', 'true');
      const form = b.open(close);
      slot.replaceChildren(form);
      form.querySelector<HTMLElement>('input, select, textarea')?.focus();
    });
    row.appendChild(el);
  });
  return h('div', {}, row, slot);
}
