// Types of the seeded generator, so that tests can share it with the bench data generators.

/** A function returning numbers in [0, 1) from the given seed (mulberry32). */
export function seededRandom(seed: number): () => number;
