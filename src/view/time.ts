export { formatSimTime } from './narration/simTime'
