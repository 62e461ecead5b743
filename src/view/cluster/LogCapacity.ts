import { createContext } from 'react'

/** How many offset cells fit in a log row; measured once for the whole cluster view. */
export const LogCapacity = createContext(16)
