import type { Task } from './tasks'

/**
 * A binary min-heap over a plain array (so it lives in the serialisable state), ordered by (at, seq).
 * Task objects have many shapes, so each one's `at` and `seq` are read once per step into locals.
 */
export function heapPush(heap: Task[], task: Task): void {
  const at = task.at
  const seq = task.seq
  let i = heap.length
  heap.push(task)
  while (i > 0) {
    const parent = (i - 1) >> 1
    const p = heap[parent]!
    const pAt = p.at
    if (pAt < at || (pAt === at && p.seq < seq)) break
    heap[i] = p
    i = parent
  }
  heap[i] = task
}

export function heapPeek(heap: Task[]): Task | undefined {
  return heap[0]
}

export function heapPop(heap: Task[]): Task | undefined {
  const top = heap[0]
  const last = heap.pop()
  const n = heap.length
  if (top === undefined || last === undefined || n === 0) return top
  const at = last.at
  const seq = last.seq
  let i = 0
  for (;;) {
    const l = 2 * i + 1
    if (l >= n) break
    let child = l
    let c = heap[l]!
    let cAt = c.at
    let cSeq = c.seq
    const r = l + 1
    if (r < n) {
      const rt = heap[r]!
      const rAt = rt.at
      if (rAt < cAt || (rAt === cAt && rt.seq < cSeq)) {
        child = r
        c = rt
        cAt = rAt
        cSeq = rt.seq
      }
    }
    if (at < cAt || (at === cAt && seq < cSeq)) break
    heap[i] = c
    i = child
  }
  heap[i] = last
  return top
}
