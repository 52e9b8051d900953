/** The benchmark's year: 35,040 fifteen-minute intervals with loads spread from 1 to 2,000 Erlangs. */

export const YEAR_INTERVALS = 35_040
export const INTERVAL_SECONDS = 900
export const AHT_SECONDS = 180

/**
 * Contacts per interval whose loads cover 1–2,000 Erlangs evenly, in a scrambled
 * order (a stride coprime with the count), so no two intervals share a load and
 * no solver cache can help: the worst case for "reusing work".
 */
export function yearOfContacts(): Float64Array {
  const contacts = new Float64Array(YEAR_INTERVALS)
  for (let i = 0; i < YEAR_INTERVALS; i++) {
    const rank = (i * 7919) % YEAR_INTERVALS
    const erlangs = 1 + (1999 * rank) / (YEAR_INTERVALS - 1)
    contacts[i] = (erlangs * INTERVAL_SECONDS) / AHT_SECONDS
  }
  return contacts
}

/** The same year as the CLI's CSV batch format. */
export function yearCsv(patienceSeconds?: number): string {
  const header = 'calls,interval_s,aht_s,answer_within_s,target_sl' + (patienceSeconds ? ',patience_s' : '')
  const rows = Array.from(yearOfContacts(), (c) =>
    [c.toFixed(3), INTERVAL_SECONDS, AHT_SECONDS, 20, 0.8, ...(patienceSeconds ? [patienceSeconds] : [])].join(','),
  )
  return [header, ...rows].join('\n') + '\n'
}
