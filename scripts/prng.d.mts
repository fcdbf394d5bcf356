/** A generator of numbers in [0, 1) from `seed` (mulberry32; see prng.mjs). */
export declare function prng(seed: number): () => number;
