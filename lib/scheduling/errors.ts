/**
 * Bad input to the scheduling module. It carries a message key (in the `scheduling` catalogue)
 * and params, so a caller that lets it reach the user can still show it in the user's language.
 * Callers are expected to validate input first (zod at the edge); this is the last line of defence.
 */
export class SchedulingInputError extends Error {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(key: string, params: Record<string, string | number> = {}) {
    // The technical message is for logs only; the UI renders `key` + `params`.
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "SchedulingInputError";
    this.key = key;
    this.params = params;
  }
}
