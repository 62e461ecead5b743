// Kafka's org.apache.kafka.common.utils.Utils.murmur2: MurmurHash2, 32-bit, as Java computes it
// (signed int arithmetic that wraps on overflow). The default partitioner hashes keys with it.

const SEED = 0x9747b28c | 0
const M = 0x5bd1e995
const R = 24

export function murmur2(data: Uint8Array): number {
  const length = data.length
  let h = SEED ^ length
  const length4 = length >>> 2

  for (let i = 0; i < length4; i++) {
    const i4 = i * 4
    let k =
      (data[i4] ?? 0) | ((data[i4 + 1] ?? 0) << 8) | ((data[i4 + 2] ?? 0) << 16) | ((data[i4 + 3] ?? 0) << 24)
    k = Math.imul(k, M)
    k ^= k >>> R
    k = Math.imul(k, M)
    h = Math.imul(h, M)
    h ^= k
  }

  // The last 1 to 3 bytes; Java's switch falls through from case 3 to case 1.
  const tail = length % 4
  const idx = length & ~3
  if (tail >= 3) h ^= (data[idx + 2] ?? 0) << 16
  if (tail >= 2) h ^= (data[idx + 1] ?? 0) << 8
  if (tail >= 1) {
    h ^= data[idx] ?? 0
    h = Math.imul(h, M)
  }

  h ^= h >>> 13
  h = Math.imul(h, M)
  h ^= h >>> 15
  return h | 0
}

// Kafka's Utils.toPositive: clears the sign bit (not Math.abs, so MIN_VALUE maps to 0).
export function toPositive(n: number): number {
  return n & 0x7fffffff
}
