// Template helper {{upper text}}: Vietnamese uppercase ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN").
export const upper = (text: unknown): string => String(text ?? '').toLocaleUpperCase('vi-VN');
