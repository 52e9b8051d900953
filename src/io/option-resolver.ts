/** How an imported file names a sourcing option: shared by the activity and scorecard imports, so both accept and refuse the same cells. */

/**
 * Finds the option a cell names: digits are an id, anything else a name compared without
 * case or surrounding spaces. Returns the option, or why it cannot (unknown, or a name two options share).
 * @example optionResolver([{ id: 3, name: 'Manila' }])('manila') // { id: 3, name: 'Manila' }
 */
export function optionResolver<T extends { id: number; name: string }>(options: readonly T[]): (text: string) => T | string {
  const byName = new Map<string, T[]>()
  for (const o of options) {
    const key = o.name.trim().toLowerCase()
    byName.set(key, [...(byName.get(key) ?? []), o])
  }
  const known = options.length
    ? `the workspace's options are ${options.slice(0, 6).map((o) => `'${o.name}' (id ${o.id})`).join(', ')}${options.length > 6 ? ', …' : ''}`
    : 'the workspace has no sourcing options yet: add them on the Sourcing options page first'
  return (text) => {
    if (/^\d+$/.test(text)) return options.find((o) => o.id === Number(text)) ?? `no option has id ${text}; ${known}`
    const matches = byName.get(text.trim().toLowerCase()) ?? []
    if (matches.length === 1) return matches[0]!
    if (matches.length > 1) return `${matches.length} options are named '${text}'; use the id of the one you mean (${matches.map((m) => m.id).join(' or ')})`
    return `no option is named '${text}'; ${known}`
  }
}
