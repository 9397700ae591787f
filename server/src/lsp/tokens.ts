import { TOKEN_MODIFIERS, TOKEN_TYPES, type LineIndex, type Token } from '../engine';

/** LSP's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token, split at line ends. */
export function encodeTokens(tokens: readonly Token[], lines: LineIndex): number[] {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  const sorted = [...tokens].sort((a, b) => a.span.start - b.span.start);
  for (const token of sorted) {
    const start = lines.positionAt(token.span.start);
    const end = lines.positionAt(token.span.end);
    if (end.line !== start.line) continue;
    const type = TOKEN_TYPES.indexOf(token.type);
    if (type < 0) continue;
    let modifiers = 0;
    for (const modifier of token.modifiers) modifiers |= 1 << TOKEN_MODIFIERS.indexOf(modifier);
    const deltaLine = start.line - previousLine;
    data.push(deltaLine, deltaLine === 0 ? start.character - previousCharacter : start.character, end.character - start.character, type, modifiers);
    previousLine = start.line;
    previousCharacter = start.character;
  }
  return data;
}
