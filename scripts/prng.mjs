// mulberry32: a small, fast, fixed-seed pseudo-random generator, so that generated data (the benchmark's repositories,
// the tests' mutated YAML) is the same on every run and every machine. Never Math.random.
/** A generator of numbers in [0, 1) from `seed`. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
