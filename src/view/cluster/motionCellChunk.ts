import { motion } from 'framer-motion'

/** Split out of the first screen's code: loaded by cellMotion.ts once the first frame is painted. */
export const MotionCell = motion.li
