// Text a document may hold. XML 1.0 forbids the C0 controls but tab and line ends, U+FFFE,
// U+FFFF and lone surrogates (a DOCX holding one does not open in Word or LibreOffice); the C1
// controls are allowed there but no font draws them. All of them are dropped.

// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters a document cannot hold; tabs, form feeds and line ends become spaces. */
export const printable = (text: string): string => text.replace(/[\t\n\v\f\r]/g, ' ').replace(UNPRINTABLE, '');
