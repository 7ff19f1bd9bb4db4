// Template helper {{finalStop text}}: the last paragraph of the content ends with "./." (ND30).
export const finalStop = (text: unknown): string => `${String(text ?? '').replace(/[\s.;:,/]+$/u, '')}./.`;
