export type TextField = HTMLInputElement | HTMLTextAreaElement

const nonTextInputTypes = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'])

/** The element if a key typed while it has focus would write into it. */
export function textFieldOf(element: Element | null): TextField | null {
  if (element instanceof HTMLTextAreaElement) return element.readOnly || element.disabled ? null : element
  if (!(element instanceof HTMLInputElement) || nonTextInputTypes.has(element.type)) return null
  return element.readOnly || element.disabled ? null : element
}

/**
 * Writes keys the keyboard wedge held back into the field they were typed at, as typing would have:
 * at the caret, within `maxlength`, announced with an `input` event so `v-model` sees it.
 */
export function insertTypedText(field: TextField, text: string): void {
  if (field.maxLength >= 0 && field.value.length >= field.maxLength) return
  try {
    field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end')
  } catch {
    // e-mail and number inputs have no caret to write at; their text only ever grows at the end as typed.
    field.value += text
  }
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }))
}
