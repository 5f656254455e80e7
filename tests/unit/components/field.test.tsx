// @vitest-environment jsdom
import { render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CheckboxField, MANAGED_NOTE, SelectField, TextField } from '../../../components/Field';

/**
 * The field kit's accessibility contract, on the DOM Preact renders: every control is named by its
 * label, described by exactly the hint, managed note and error shown, and invalid only while in error.
 */
let host: HTMLElement;
afterEach(() => host?.remove());

function mount(node: ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}

/** The texts of the elements a control's aria-describedby names; a missing id fails the test. */
function descriptions(control: Element): string[] {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`aria-describedby names #${id}, which is not in the page`);
    return element.textContent ?? '';
  });
}

const labelOf = (root: HTMLElement, control: Element) =>
  root.querySelector(`label[for="${control.id}"]`)?.textContent;

const noop = () => undefined;

describe('TextField', () => {
  test('a plain field: labelled, described by nothing, not invalid, enabled', () => {
    const root = mount(<TextField id="name" label="Your name" value="Priya" onInput={noop} />);
    const input = root.querySelector('input')!;
    expect(input.type).toBe('text');
    expect(input.value).toBe('Priya');
    expect(labelOf(root, input)).toBe('Your name');
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.disabled).toBe(false);
    expect(input.required).toBe(false);
  });

  test('hint, managed note and error, in reading order; invalid; disabled while IT manages it', () => {
    const root = mount(
      <TextField
        id="email"
        label="Email"
        type="email"
        value=""
        onInput={noop}
        hint="Your work address."
        error="must be an email address"
        managed
      />,
    );
    const input = root.querySelector('input')!;
    expect(input.type).toBe('email');
    expect(labelOf(root, input)).toBe('Email');
    expect(descriptions(input)).toEqual([
      'Your work address.',
      MANAGED_NOTE,
      'Error: must be an email address',
    ]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.disabled).toBe(true);
    expect(root.querySelector('.field')!.classList.contains('field--error')).toBe(true);
  });

  test('multiline is a labelled textarea; typing reaches onInput', () => {
    const typed: string[] = [];
    const root = mount(
      <TextField
        id="why"
        label="Why"
        value=""
        multiline
        required
        onInput={(v) => typed.push(v)}
        hint="Briefly."
      />,
    );
    const area = root.querySelector('textarea')!;
    expect(area.rows).toBe(3);
    expect(area.required).toBe(true);
    expect(labelOf(root, area)).toBe('Why');
    expect(descriptions(area)).toEqual(['Briefly.']);
    area.value = 'Three bruises';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    expect(typed).toEqual(['Three bruises']);
  });
});

describe('SelectField', () => {
  test('labelled, with a placeholder first, described by its hint and error', () => {
    const chosen: string[] = [];
    const root = mount(
      <SelectField
        id="nation"
        label="Nation"
        value=""
        placeholder="Choose…"
        options={[
          { value: 'wales', label: 'Wales' },
          { value: 'scotland', label: 'Scotland' },
        ]}
        onChange={(v) => chosen.push(v)}
        hint="Bank holidays differ."
        error="choose a nation"
      />,
    );
    const select = root.querySelector('select')!;
    expect(labelOf(root, select)).toBe('Nation');
    expect([...select.options].map((o) => o.text)).toEqual(['Choose…', 'Wales', 'Scotland']);
    expect(descriptions(select)).toEqual(['Bank holidays differ.', 'Error: choose a nation']);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    select.value = 'scotland';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(chosen).toEqual(['scotland']);
  });
});

describe('CheckboxField', () => {
  test('labelled, described by its hint and managed note, disabled while managed', () => {
    const root = mount(
      <CheckboxField id="bcc" label="Copy me" checked={true} onChange={noop} hint="A copy to you." managed />,
    );
    const box = root.querySelector('input[type="checkbox"]')!;
    expect(labelOf(root, box)).toBe('Copy me');
    expect(descriptions(box)).toEqual(['A copy to you.', MANAGED_NOTE]);
    expect((box as HTMLInputElement).disabled).toBe(true);
  });

  test('without a hint it is described by nothing', () => {
    const root = mount(<CheckboxField id="care" label="In care" checked={false} onChange={noop} />);
    const box = root.querySelector('input')!;
    expect(labelOf(root, box)).toBe('In care');
    expect(box.hasAttribute('aria-describedby')).toBe(false);
  });
});
