/**
 * Thrown on input the engine cannot interpret (unknown time zone, malformed date, bad slot).
 * It carries a catalogue key so the app can show the problem in the user's language.
 */
export class MatchingInputError extends Error {
  readonly key: string;
  readonly params: Record<string, string | number>;

  constructor(key: string, params: Record<string, string | number> = {}) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "MatchingInputError";
    this.key = key;
    this.params = params;
  }
}
