// Stage: markup. What templates produce: line-oriented text in the markup specified in
// docs/markup.md, and the template file it came from (for messages).
export interface Markup {
  text: string;
  templateFile: string;
}
