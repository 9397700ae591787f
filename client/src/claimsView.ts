import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLAIM_CHART_REQUEST,
  CLAIMS_REQUEST,
  type ClaimChartResult,
  type ClaimItem,
  type ClaimMentionItem,
  type ClaimsResult,
  type OrphanItem,
} from '../../server/src/lsp/protocol';

type Node =
  | { readonly kind: 'orphans'; readonly orphans: readonly OrphanItem[] }
  | { readonly kind: 'orphan'; readonly orphan: OrphanItem }
  | { readonly kind: 'subject'; readonly subject: string; readonly claims: readonly ClaimItem[] }
  | { readonly kind: 'claim'; readonly claim: ClaimItem }
  | { readonly kind: 'mention'; readonly mention: ClaimMentionItem };

const STATUS_ICON: Record<ClaimItem['status'], string> = { conflict: 'warning', consistent: 'pass', single: 'circle-outline' };
const VERDICT_MARK: Record<string, string> = { same: '✓', compatible: '≈', conflict: '⚠' };

/**
 * The Claims view: every fact the sources state, grouped by subject, with its
 * status; each mention opens its source, each claim its chart. The server
 * owns the data (recoupe/claims); the view only lays it out.
 */
export class ClaimsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private conflictsOnly = false;
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  setConflictsOnly(value: boolean): void {
    this.conflictsOnly = value;
    void vscode.commands.executeCommand('setContext', 'recoupe.claims.conflictsOnly', value);
    this.refresh();
  }

  /** Coalesces the many diagnostics events of a workspace load into one request. */
  refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 300);
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const result = await this.client.sendRequest<ClaimsResult>(CLAIMS_REQUEST);
      const claims = result.claims.filter((claim) => !this.conflictsOnly || claim.status === 'conflict');
      const bySubject = new Map<string, ClaimItem[]>();
      for (const claim of claims) bySubject.set(claim.subject, [...(bySubject.get(claim.subject) ?? []), claim]);
      const subjects: Node[] = [...bySubject.entries()].map(([subject, list]) => ({ kind: 'subject', subject, claims: list }));
      return result.orphans.length > 0 ? [{ kind: 'orphans', orphans: result.orphans }, ...subjects] : subjects;
    }
    if (node.kind === 'orphans') return node.orphans.map((orphan) => ({ kind: 'orphan', orphan }));
    if (node.kind === 'subject') return node.claims.map((claim) => ({ kind: 'claim', claim }));
    if (node.kind === 'claim') return node.claim.mentions.map((mention) => ({ kind: 'mention', mention }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'orphans') {
      const item = new vscode.TreeItem(vscode.l10n.t('Annotations that lost their words'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.orphans.length);
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      return item;
    }
    if (node.kind === 'orphan') {
      const { orphan } = node;
      const item = new vscode.TreeItem(`“${orphan.quote}”`, vscode.TreeItemCollapsibleState.None);
      item.description = `${orphan.kind} · ${orphan.creator} · ${orphan.created} · ${orphan.path}`;
      item.tooltip = orphan.note || undefined;
      item.command = { command: 'recoupe.showLocation', title: vscode.l10n.t('Open the source'), arguments: [orphan.uri, 0, 0] };
      return item;
    }
    if (node.kind === 'subject') {
      const item = new vscode.TreeItem(node.subject, vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.l10n.t('{0} claim(s)', node.claims.length);
      item.iconPath = new vscode.ThemeIcon(node.claims.some((claim) => claim.status === 'conflict') ? 'warning' : 'symbol-class');
      return item;
    }
    if (node.kind === 'claim') {
      const item = new vscode.TreeItem(node.claim.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = statusText(node.claim.status);
      item.iconPath = new vscode.ThemeIcon(STATUS_ICON[node.claim.status]);
      item.contextValue = 'claim';
      item.command = { command: 'recoupe.claims.openChart', title: vscode.l10n.t('Show the chart'), arguments: [node.claim] };
      return item;
    }
    const { mention } = node;
    const item = new vscode.TreeItem(`${mention.verdict ? `${VERDICT_MARK[mention.verdict] ?? ''} ` : ''}“${mention.text}”`, vscode.TreeItemCollapsibleState.None);
    item.description = `${mention.interval} · ${mention.path}${mention.source ? ` · ${vscode.l10n.t('per {0}', mention.source)}` : ''}`;
    item.tooltip = `${mention.path}\n${mention.text}\n${mention.interval}`;
    item.command = {
      command: 'recoupe.showLocation',
      title: vscode.l10n.t('Open the source'),
      arguments: [mention.uri, mention.range.start.line, mention.range.start.character],
    };
    return item;
  }

  /** A chart of the claim's intervals per source, in a webview beside the editor. */
  async openChart(claim: ClaimItem): Promise<void> {
    const chart = await this.client.sendRequest<ClaimChartResult>(CLAIM_CHART_REQUEST, { id: claim.id });
    const panel = vscode.window.createWebviewPanel('recoupe.claimChart', chart.label, vscode.ViewColumn.Beside, { enableScripts: false });
    const rows = claim.mentions
      .map((mention) => `<tr><td>${escapeHtml(mention.path)}</td><td>“${escapeHtml(mention.text)}”</td><td>${escapeHtml(mention.interval)}</td><td>${escapeHtml(mention.source ?? '')}</td></tr>`)
      .join('');
    panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;"><style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)}table{border-collapse:collapse}td{padding:2px 8px;border-bottom:1px solid var(--vscode-panel-border)}svg{max-width:100%;height:auto}</style></head><body><h2>${escapeHtml(chart.label)}</h2>${chart.svg ?? `<p>${escapeHtml(vscode.l10n.t('This claim no longer exists.'))}</p>`}<table>${rows}</table></body></html>`;
  }
}

function statusText(status: ClaimItem['status']): string {
  return status === 'conflict' ? vscode.l10n.t('sources disagree') : status === 'consistent' ? vscode.l10n.t('sources agree') : vscode.l10n.t('one source');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
