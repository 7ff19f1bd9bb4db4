// Stage: reader (DOCX). The error of a file that cannot be read as a plan in Word: not a DOCX, damaged,
// or too big to be a plan. Its message is for the user (Vietnamese); the CLI prints it in one line.
export class NotDocxError extends Error {}
