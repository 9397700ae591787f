export { ClaimIndex, type Claim, type IndexedCandidate } from './claimIndex';
export { compareFigures, type Agreement } from './compare';
export { attributeLabel } from './attributes';
