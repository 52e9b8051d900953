/** One numbered section of the report: its heading from REPORT_SECTIONS, so order and titles live in one list. */
import type { Child } from 'hono/jsx'
import { REPORT_SECTIONS, type ReportSectionId } from './ids.ts'

export function ReportSection({ id, lede, children }: { id: ReportSectionId; lede?: Child; children?: Child }) {
  const s = REPORT_SECTIONS.find((x) => x.id === id)!
  return (
    <section id={id} class="report-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="report-section__title">
        <span class="report-section__number">{s.number}</span>
        {s.title}
      </h2>
      {lede && <p class="report-lede">{lede}</p>}
      {children}
    </section>
  )
}
