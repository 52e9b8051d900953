/** Show your work: each option's invoice (or in-house cost statement) for one month, line by line. */
import type { MonthInvoice } from '../../src/domain/evaluation/comparison.ts'
import { formatNumber } from '../format.ts'
import { INVOICES_ID, compareMonthPath } from './ids.ts'
import { formatMoney } from './view-model.ts'

/** `query` is the what-if's (without the month), so choosing another month keeps it. */
export function Invoices({ scenarioId, months, month, invoices, currency, query = '' }: { scenarioId: number; months: string[]; month: string; invoices: MonthInvoice[]; currency: string; query?: string }) {
  return (
    <section id={INVOICES_ID} class="compare-invoices" aria-labelledby="compare-invoices-heading">
      <h2 id="compare-invoices-heading">Show your work: {month} invoices</h2>
      <nav class="compare-months" aria-label="Month">
        {months.map((m) => (
          <a href={compareMonthPath(scenarioId, m, query)} aria-current={m === month ? 'true' : undefined}>
            {m}
          </a>
        ))}
      </nav>
      {invoices.map((inv) => (
        <details class="compare-invoice" data-option={String(inv.optionId)}>
          <summary>
            {inv.name}: <strong>{formatMoney(inv.totalCents / 100, inv.currency)}</strong>
            {inv.currency !== currency && <> ({formatMoney(inv.costCents / 100, currency)})</>}
          </summary>
          <div class="table-scroll">
            <table class="data-table compare-invoice-table">
              <caption>
                {inv.kind === 'in-house' ? 'Cost statement' : 'Invoice'}, {inv.month}, {inv.currency}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {inv.lines.map((l) => (
                  <tr data-cents={String(l.amountCents)}>
                    <th scope="row">{l.description}</th>
                    <td>{l.quantity === null ? '' : formatNumber(Math.round(l.quantity * 100) / 100)}</td>
                    <td class="compare-text">{l.unit}</td>
                    <td>{l.rate === null ? '' : formatNumber(Math.round(l.rate * 10_000) / 10_000)}</td>
                    <td>{formatMoney(l.amountCents / 100, inv.currency)}</td>
                    <td class="compare-text">{l.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-cents={String(inv.totalCents)}>
                  <th scope="row">Month total</th>
                  <td colspan={3}></td>
                  <td>{formatMoney(inv.totalCents / 100, inv.currency)}</td>
                  <td class="compare-text">
                    {inv.currency === currency ? '' : `at ${formatNumber(inv.exchangeRate)} ${currency} per ${inv.currency}: ${formatMoney(inv.costCents / 100, currency)}`}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      ))}
    </section>
  )
}
