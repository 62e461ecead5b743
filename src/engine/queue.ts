import type { Task } from './tasks'

/** A binary min-heap over a plain array (so it lives in the serialisable state), ordered by (at, seq). */
function before(a: Task, b: Task): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq)
}

export function heapPush(heap: Task[], task: Task): void {
  heap.push(task)
  let i = heap.length - 1
  while (i > 0) {
    const parent = (i - 1) >> 1
    const p = heap[parent]!
    if (!before(task, p)) break
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
  if (top === undefined || last === undefined || heap.length === 0) return top
  let i = 0
  const n = heap.length
  for (;;) {
    const l = 2 * i + 1
    if (l >= n) break
    const r = l + 1
    const child = r < n && before(heap[r]!, heap[l]!) ? r : l
    if (!before(heap[child]!, last)) break
    heap[i] = heap[child]!
    i = child
  }
  heap[i] = last
  return top
}
