/** A stretch of text to highlight for one owner (a candidate's key): UTF-16 offsets, end exclusive. */
export interface OwnedSpan {
  start: number;
  end: number;
  owner: string;
}

/** A piece of the text and the owners whose spans cover all of it; pieces with no owner are plain text. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  owners: string[];
}

/**
 * Cuts a text at every start and end of its spans, so that overlapping and nested spans become a flat run of
 * pieces, each knowing every span that covers it. Spans are clamped to the text; empty ones are dropped. A cut
 * that would fall inside a surrogate pair moves before it, so no piece starts or ends on half a character.
 */
export function segmentText(text: string, spans: readonly OwnedSpan[]): Segment[] {
  const clamp = (offset: number) => keepPairsWhole(text, Math.max(0, Math.min(text.length, Math.trunc(offset))));
  const usable = spans
    .map((span) => ({ start: clamp(span.start), end: clamp(span.end), owner: span.owner }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index];
    const end = cuts[index + 1];
    const owners = [...new Set(usable.filter((span) => span.start <= start && span.end >= end).map((span) => span.owner))];
    segments.push({ start, end, text: text.slice(start, end), owners });
  }
  return segments;
}

function keepPairsWhole(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff ? offset - 1 : offset;
}
