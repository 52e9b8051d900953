/** One colour and dash per partner, shared by the scorecard charts so a partner looks the same in each. */

export const PARTNER_STYLES = [
  { color: '#1d4ed8', dash: '' },
  { color: '#c2410c', dash: '6 3' },
  { color: '#047857', dash: '2 3' },
  { color: '#7c3aed', dash: '10 3 2 3' },
  { color: '#b45309', dash: '1 2' },
  { color: '#0f766e', dash: '8 4' },
  { color: '#be185d', dash: '4 2' },
  { color: '#4b5563', dash: '12 4' },
] as const

export type PartnerStyle = (typeof PARTNER_STYLES)[number]

/** The k-th partner's style (partners keep their order across charts). */
export function partnerStyle(k: number): PartnerStyle {
  return PARTNER_STYLES[k % PARTNER_STYLES.length]!
}

/** Long names are cut so a legend entry stays on its row. */
export const legendLabel = (name: string) => (name.length > 30 ? `${name.slice(0, 29)}…` : name)
