// The old home of both: kept only for ProtocolSection.tsx, which the protocol-removal change converts.
// Import from ./is-managed and ./ProblemList instead.
export { isManaged } from './is-managed';
export { ProblemList } from './ProblemList';
