export { ClaimIndex, type Claim, type DocumentCandidates, type IndexedCandidate } from './claimIndex';
export { compareFigures, intervalIn, widthOf, type Agreement, type Comparison, type Conversion, type Interval } from './compare';
export { AttributeTable, ATTRIBUTES, SAME_FIGURE, SAME_FIGURE_KINDS, type AttributeDefinition } from './attributes';
export { claimCandidates } from './extract';
export { DEFAULT_CURRENCY_OPTIONS, DEFAULT_USD_RATES, type CurrencyOptions } from './rates';
