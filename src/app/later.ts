import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/** A component whose code loads on first render: the first screen does not pay for it. */
export function later<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((m) => ({ default: m[name] })))
}
