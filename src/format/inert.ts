/**
 * Text from partnership files, file names and command lines made visible and inert before it reaches a terminal or a
 * CI log: every control character (C0 but line feed and tab, DEL, C1), and the characters that reorder or break a
 * line (bidirectional overrides and isolates, line and paragraph separators), shown as an escape such as `\x1b` or
 * `\u202e`. So a value cannot write to the clipboard (OSC 52), retitle the window, clear the screen, move the
 * cursor, or draw a fake line. Every formatter and every message goes through here (src/main.ts also guards the
 * streams themselves, for anything printed that was not).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function shown(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text of several lines: line feeds and tabs stay, every other control character is shown as an escape. */
export function inert(text: string): string {
  return text.replace(CONTROL, shown);
}

/** Text that must stay on one line (a message, a file name, a quoted source line): line breaks are shown too. */
export function inertLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, shown);
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidirectional marks, line separators) written as
 * `\u` escapes: the same data for a JSON reader, nothing for a terminal to act on.
 */
export function inertJson(json: string): string {
  return json.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// The colours chalk writes (Select Graphic Rendition, `ESC [ n ; n m`) are the only escapes partner itself prints;
// CR LF ends the lines of CSV output (RFC 4180). A carriage return alone (which draws over a line) is shown.
// eslint-disable-next-line no-control-regex
const OWN_COLOUR_OR_CONTROL = /\u001b\[[0-9;]*m|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last guard on what partner writes to its output streams: colours as chalk writes them and CR LF line ends
 * pass, every other control character is shown as an escape. Data is made inert where it is formatted (above); this catches the rest.
 */
export function guardOutput(chunk: string): string {
  return chunk.replace(OWN_COLOUR_OR_CONTROL, (m) => (m.length > 1 ? m : shown(m)));
}
