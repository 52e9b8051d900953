/** Shared plumbing for server-rendered charts: a DOM for Observable Plot, CSP-safe output, accessible names. */
import type * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'

/** The slice of the DOM API used on linkedom's nodes (the project compiles without the DOM lib). */
export interface SvgNode {
  outerHTML: string
  firstChild: SvgNode | null
  setAttribute(name: string, value: string): void
  removeAttribute(name: string): void
  appendChild(child: SvgNode): SvgNode
  insertBefore(child: SvgNode, before: SvgNode | null): SvgNode
  querySelectorAll(selector: string): Iterable<SvgNode>
  remove(): void
  textContent: string | null
}
export interface SvgDocument {
  createElementNS(ns: string, name: string): SvgNode
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** A fresh document for one chart, typed for Plot's `document` option and for our own elements. */
export function chartDocument(): { plotDocument: NonNullable<Plot.PlotOptions['document']>; doc: SvgDocument } {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  return { plotDocument: document as unknown as NonNullable<Plot.PlotOptions['document']>, doc: document as unknown as SvgDocument }
}

/**
 * Plot writes a <style> block and style="…" attributes for its defaults. A CSP of
 * style-src 'self' blocks both, so they go; views/assets/app.css restates the
 * rules that matter under each chart's class.
 */
export function stripInlineStyles(svg: SvgNode): void {
  for (const style of [...svg.querySelectorAll('style')]) style.remove()
  svg.removeAttribute('style')
  for (const node of [...svg.querySelectorAll('[style]')]) node.removeAttribute('style')
}

/** <title> and <desc> first, named by aria-labelledby, so screen readers announce the chart as one image. */
export function addAccessibleName(doc: SvgDocument, svg: SvgNode, id: string, title: string, description: string): void {
  const t = element(doc, 'title', { id: `${id}-title` })
  t.textContent = title
  const d = element(doc, 'desc', { id: `${id}-desc` })
  d.textContent = description
  svg.insertBefore(d, svg.firstChild)
  svg.insertBefore(t, svg.firstChild)
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`)
}

export function element(doc: SvgDocument, name: string, attributes: Record<string, string>): SvgNode {
  const node = doc.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value)
  return node
}

/**
 * Legend entries placed left to right, wrapping to a new row when the next would pass
 * `room` pixels: each entry's position and how many rows the legend takes.
 * @example wrapLegend([100, 100, 100], 250) // { rows: 2, positions: [{ x: 0, row: 0 }, { x: 100, row: 0 }, { x: 0, row: 1 }] }
 */
export function wrapLegend(widths: readonly number[], room: number): { rows: number; positions: { x: number; row: number }[] } {
  let x = 0
  let row = 0
  const positions = widths.map((width) => {
    if (x > 0 && x + width > room) {
      x = 0
      row++
    }
    const at = { x, row }
    x += width
    return at
  })
  return { rows: row + 1, positions }
}
