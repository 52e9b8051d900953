/** Reads the forms a page offers (action, method, fields with their current values, submit buttons), so the fuzz posts what a browser would, then damages it. */
import { parseHTML } from 'linkedom'

export interface PageForm {
  action: string
  method: string
  /** Name → value as the browser would send them (checked boxes only, selected options). */
  fields: [string, string][]
  /** Named submit buttons: one is sent with the form (an intent such as save or add-row). */
  buttons: [string, string][]
}

export function formsOf(html: string): PageForm[] {
  const { document } = parseHTML(html)
  return [...document.querySelectorAll('form')].map((form) => {
    const fields: [string, string][] = []
    for (const el of form.querySelectorAll('input[name], select[name], textarea[name]')) {
      const name = el.getAttribute('name')!
      const tag = el.tagName.toLowerCase()
      if (tag === 'input') {
        const type = (el.getAttribute('type') ?? 'text').toLowerCase()
        if (type === 'submit' || type === 'button' || type === 'file' || type === 'image' || type === 'reset') continue
        if ((type === 'checkbox' || type === 'radio') && !el.hasAttribute('checked')) continue
        fields.push([name, el.getAttribute('value') ?? (type === 'checkbox' ? 'on' : '')])
      } else if (tag === 'select') {
        const options = [...el.querySelectorAll('option')]
        const chosen = options.find((o) => o.hasAttribute('selected')) ?? options[0]
        if (chosen) fields.push([name, chosen.getAttribute('value') ?? chosen.textContent ?? ''])
      } else fields.push([name, el.textContent ?? ''])
    }
    const buttons = [...form.querySelectorAll('button[name], input[type="submit"][name]')].map((b): [string, string] => [b.getAttribute('name')!, b.getAttribute('value') ?? ''])
    return { action: form.getAttribute('action') ?? '', method: (form.getAttribute('method') ?? 'get').toLowerCase(), fields, buttons }
  })
}
