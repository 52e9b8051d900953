/** The shipped arrival curves, read as the app reads them. */
import { readFileSync } from 'node:fs'
import type { CurveFile } from '../../../src/domain/forecast/week-shape.ts'

export const NA_BANK: CurveFile = JSON.parse(readFileSync(new URL('../../../data/curves/na-bank-2003.json', import.meta.url), 'utf8')) as CurveFile
