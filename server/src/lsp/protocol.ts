/**
 * Recoupe's own requests between the extension and its server, beyond LSP.
 * Plain data (LSP ranges, strings), shared by both sides as types only.
 */
import type { Range } from 'vscode-languageserver';

export const CHECK_ALL_COMMAND = 'recoupe.checkAll';
export const CLAIMS_REQUEST = 'recoupe/claims';
export const CLAIM_CHART_REQUEST = 'recoupe/claimChart';

export interface ClaimMentionItem {
  readonly uri: string;
  readonly path: string;
  readonly range: Range;
  readonly text: string;
  /** The interval in symbols: "> 14bn USD". */
  readonly interval: string;
  readonly source: string | null;
  readonly verdict: 'same' | 'compatible' | 'conflict' | null;
}

export interface ClaimItem {
  readonly id: string;
  readonly label: string;
  readonly subject: string;
  readonly status: 'consistent' | 'conflict' | 'single';
  readonly mentions: readonly ClaimMentionItem[];
}

/** An annotation whose words are gone from its source: listed, never dropped. */
export interface OrphanItem {
  readonly uri: string;
  readonly path: string;
  readonly kind: string;
  readonly quote: string;
  readonly creator: string;
  readonly created: string;
  readonly note: string;
}

export interface ClaimsResult {
  readonly claims: readonly ClaimItem[];
  readonly orphans: readonly OrphanItem[];
}

export interface ClaimChartParams {
  readonly id: string;
}

export interface ClaimChartResult {
  /** A self-contained SVG, or null when the claim no longer exists. */
  readonly svg: string | null;
  readonly label: string;
}
