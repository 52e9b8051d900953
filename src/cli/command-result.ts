/** What a CLI command returns instead of printing, so tests can run it in-process. */

/** Exit codes: 0 done, 1 the question has no answer (e.g. above the agent ceiling), 2 bad input. */
export interface CommandResult {
  code: 0 | 1 | 2
  out: string
  err: string
}

export const badInput = (message: string): CommandResult => ({ code: 2, out: '', err: `${message}\n` })
