/**
 * Records keyed by user text (topic names, producer ids). `__proto__` is a legal topic name and producer id, so
 * these read only own properties and write with defineProperty: plain `record[key] = value` would set the prototype.
 */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

export function setOwnValue<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
}
