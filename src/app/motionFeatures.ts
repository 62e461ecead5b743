import { domAnimation } from 'framer-motion'

/** framer-motion's animation features, loaded after the first screen (LazyMotion's async form). */
export default domAnimation
