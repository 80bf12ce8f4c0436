/**
 * Errors cross every process boundary as plain data: a stable code the program can branch on,
 * a Chinese message the clerk can read, and — for input errors — the offending fields so a form can mark them.
 */
export type ErrorCode =
  | 'VALIDATION' // input failed the catalog's rules
  | 'NOT_FOUND'
  | 'CONFLICT' // the record changed since it was read, or a unique value is taken
  | 'TRANSITION_REFUSED' // a workflow action the record's current state does not allow
  | 'FORBIDDEN'
  | 'UNKNOWN_METHOD'
  | 'LEDGER_REFUSED' // the file is not a ledger, is from a newer version, or has unknown migrations
  | 'LEDGER_LOCKED' // another program holds the ledger
  | 'IO' // disk full, I/O failure
  | 'CANCELLED' // the clerk cancelled a long job; nothing was written
  | 'INTERNAL';

export interface FieldError {
  /** the catalog key of the field, e.g. "uscc" */
  field: string;
  /** a Chinese message naming the field, e.g. "统一社会信用代码：校验位不正确" */
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** Thrown inside the core and the renderer's client; turned into an ErrorPayload at the boundary. */
export class LedgerError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];

  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'LedgerError';
    this.code = code;
    if (fields && fields.length > 0) this.fields = fields;
  }

  toPayload(): ErrorPayload {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }

  static fromPayload(payload: ErrorPayload): LedgerError {
    return new LedgerError(payload.code, payload.message, payload.fields);
  }
}

/** A validation error for one or more fields, with a summary message listing them. */
export function fieldErrors(fields: FieldError[]): LedgerError {
  const summary = fields.map((f) => f.message).join('；');
  return new LedgerError('VALIDATION', `请检查填写的内容：${summary}`, fields);
}
