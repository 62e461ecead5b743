// Java's String.hashCode and the group coordinator's choice of __consumer_offsets partition.

export function javaStringHashCode(s: string): number {
  let h = 0
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(31, h) + s.charCodeAt(i)) | 0
  }
  return h
}

// Kafka's Utils.abs: like Math.abs, except Integer.MIN_VALUE maps to 0 instead of overflowing.
function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n)
}

// offsets.topic.num.partitions defaults to 50.
export function consumerOffsetsPartition(groupId: string, partitionCount = 50): number {
  return kafkaAbs(javaStringHashCode(groupId)) % partitionCount
}
