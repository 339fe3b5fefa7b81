/**
 * Words into at most `max` lines of `width`; a cut ends with an ellipsis after a whole word, never inside one.
 */
export function wrapWords(measure: (s: string) => number, text: string, width: number, max: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let k = 0;
  for (; k < words.length; k++) {
    const candidate = line ? `${line} ${words[k]}` : words[k];
    if (measure(candidate) <= width || !line) line = candidate;
    else {
      out.push(line);
      line = '';
      if (out.length === max) break;
      k--;
    }
  }
  if (line && out.length < max) out.push(line);
  if (k >= words.length) return out;
  // Cut: drop whole words from the last line until it fits with the ellipsis.
  const last = out[out.length - 1].split(' ');
  while (last.length > 1 && measure(`${last.join(' ')} …`) > width) last.pop();
  out[out.length - 1] = `${last.join(' ')} …`;
  return out;
}
