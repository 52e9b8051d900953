/**
 * Seeded pseudo-random numbers for every simulation in Shoreline (style.md §3: no randomness
 * in the domain except through a generator passed in).
 *
 * The generator is xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 47(4), 2021; reference C at https://prng.di.unimi.it/xoshiro128starstar.c):
 * 128 bits of state, period 2^128 − 1, 32-bit output, equidistributed in 4 dimensions; the
 * authors report no failures in BigCrush or PractRand. Its seed is spread over the state by
 * splitmix32 (a Weyl sequence stepped by 0x9e3779b9 and hashed by MurmurHash3's fmix32, the
 * 32-bit form of Steele, Lea & Flood's SplitMix, OOPSLA 2014), as the authors advise, so
 * neighbouring seeds give unrelated streams. Same seed, same sequence, on every platform:
 * everything is 32-bit integer arithmetic (Math.imul, shifts), which JavaScript defines exactly.
 *
 * The distributions (normal, exponential, lognormal, Poisson, correlated normals) live in
 * `distributions.ts` and `poisson.ts` and are re-exported here.
 * @module
 */

/** A source of uniform numbers in [0, 1), as simple-statistics' `randomSource` expects. */
export type Rng = () => number

/** 2^−32: turns a 32-bit unsigned integer into [0, 1) with all 32 bits used. */
const TWO_POW_MINUS_32 = 2.3283064365386963e-10
const TWO_POW_32 = 4294967296

/** The 2^64-step jump polynomial of xoshiro128** (JUMP[] in the reference C). */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k))

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ≈ ½. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/**
 * splitmix32: the initial xoshiro128** state for a 32-bit seed, as the next four outputs
 * of a Weyl sequence hashed by fmix32. Exported for the reference-vector test.
 */
export function splitmix32State(seed32: number): Int32Array {
  const state = new Int32Array(4)
  let weyl = seed32 | 0
  for (let i = 0; i < 4; i++) {
    weyl = (weyl + 0x9e3779b9) | 0
    state[i] = fmix32(weyl)
  }
  // The all-zero state is the one fixed point of the generator; fmix32 is a bijection and
  // the four Weyl inputs differ, so at most one word can be zero, but guard it anyway.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1
  return state
}

/** One xoshiro128** step on `s` in place; returns the output as an unsigned 32-bit integer. */
function step(s: Int32Array): number {
  const s0 = s[0]!
  const s1 = s[1]!
  const s2 = s[2]! ^ s0
  const s3 = s[3]! ^ s1
  const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0
  s[0] = s0 ^ s3
  s[1] = s1 ^ s2
  s[2] = s2 ^ (s1 << 9)
  s[3] = rotl(s3, 11)
  return result
}

/** Advances `s` by 2^64 steps (the reference `jump()`): 128 steps of work. */
function jump(s: Int32Array): void {
  let j0 = 0
  let j1 = 0
  let j2 = 0
  let j3 = 0
  for (const word of JUMP) {
    for (let b = 0; b < 32; b++) {
      if ((word >>> b) & 1) {
        j0 ^= s[0]!
        j1 ^= s[1]!
        j2 ^= s[2]!
        j3 ^= s[3]!
      }
      step(s)
    }
  }
  s[0] = j0
  s[1] = j1
  s[2] = j2
  s[3] = j3
}

/** The initial state for any safe-integer seed (negative and ≥ 2^32 seeds included). */
function seedState(seed: number): Int32Array {
  if (!Number.isSafeInteger(seed)) throw new RangeError('createRng requires a safe integer seed')
  const low = seed >>> 0
  const high = Math.floor(seed / TWO_POW_32) | 0
  // Seeds below 2^32 seed splitmix32 directly (so the reference C reproduces them); the high
  // word, when there is one, is hashed in so that seed and seed + 2^32 differ.
  return splitmix32State(high === 0 ? low : low ^ fmix32(high ^ 0x5bd1e995))
}

/** A generator reading and advancing `s`, which it owns from now on. */
function generatorOn(s: Int32Array): Rng {
  // State in an Int32Array, not four closure variables: values past 2^30 would be boxed
  // as heap numbers in a closure, allocating on every call.
  return () => step(s) * TWO_POW_MINUS_32
}

/**
 * A seeded uniform generator: xoshiro128** on a splitmix32-spread seed.
 *
 * Each call returns a multiple of 2^−32 in [0, 1) (never 1; 0 with probability 2^−32).
 * Period 2^128 − 1. Cost: a handful of 32-bit operations per number (≈ 3 ns).
 *
 * Planners see it as "seed 42": the same seed reproduces the same futures.
 * Source: Blackman & Vigna 2021 (see module header).
 * @example createRng(42)() // 0.6606157226487994
 */
export function createRng(seed: number): Rng {
  return generatorOn(seedState(seed))
}

/**
 * `count` independent generators from one seed: stream r starts 2^64·r steps into the
 * sequence of `createRng(seed)` (xoshiro128**'s jump), so streams cannot overlap unless
 * one draws 2^64 numbers. Use one stream per replication: replication r then gives the same
 * numbers whether it runs alone, first or last.
 *
 * Stream 0 is `createRng(seed)`. Cost O(128 · count).
 * @example createRngStreams(42, 2)[1]!() // 0.6560392563696951
 */
export function createRngStreams(seed: number, count: number): Rng[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('createRngStreams requires a whole count ≥ 0')
  const state = seedState(seed)
  const streams: Rng[] = []
  for (let r = 0; r < count; r++) {
    streams.push(generatorOn(state.slice()))
    jump(state)
  }
  return streams
}

export { correlatedNormals, createNormalSampler, exponential, lognormal, normal } from './distributions.ts'
export { logFactorial, poisson } from './poisson.ts'
