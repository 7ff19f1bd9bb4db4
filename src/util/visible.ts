// Text for a terminal: control characters (ESC starts colour and cursor sequences), bidi
// overrides (they reorder what follows on the line) and other invisible formatting characters
// of plan text are shown as <U+XXXX> instead of acting on the terminal. Tabs and line ends stay.

// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export const visible = (text: string): string => text.replace(ACTING, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
