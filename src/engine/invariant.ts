/** A broken rule throws an Error saying which rule, where and when (plain throws: these run millions of times). */
export function invariant(ok: boolean, message: () => string): asserts ok {
  if (!ok) throw new Error(message())
}
