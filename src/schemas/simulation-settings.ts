/** How many futures to simulate and from which seed, as the JSON API, the CLI and the full-run form read them: one rule, one message. */
import { numberField } from './fields.ts'

/** The largest seed: the generator takes a 31-bit integer. */
export const MAX_SEED = 2 ** 31 - 1

/** Trials, up to the entry point's own ceiling (a request waits for its answer; a background run need not). */
export const trialsField = (max: number) => numberField({ min: 1, max, integer: true })

export const seedField = numberField({ min: 0, max: MAX_SEED, integer: true })
