// Numbers as people type them in French and English spreadsheets.
//
// French Excel writes "1 234,5" (a space — often a no-break or narrow no-break space — between
// thousands and a decimal comma); English Excel writes "1,234.5" or plain "1234.5". Both must
// import. The one ambiguous form is "1,234": we read a single comma as a decimal comma (1.234),
// because a file with `;` delimiters comes from French Excel and an English CSV quotes such a
// cell only when it was typed as text. Thousands groups must be exactly three digits, so
// "12,34,567" is rejected instead of guessed.

const GROUP_SPACES = /[\u0020\u00a0\u202f\u2009]/g;
const MINUS_SIGNS = /^[-\u2212]/;
const CURRENCY_OR_PERCENT = /^[$€%]|[$€%]$/g;

/**
 * Parses a human-typed number, or returns null when the text is not one number.
 * Accepts: optional sign, thousands groups separated by spaces, `'`, `,` or `.`, a decimal `,`
 * or `.`, a leading or trailing `$`, `€` or `%` (stripped: the KPI's unit says what it means).
 */
export function parseLocaleNumber(text: string): number | null {
  let s = text.trim().replace(CURRENCY_OR_PERCENT, "").trim();
  let negative = false;
  if (MINUS_SIGNS.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  // Spaces and apostrophes are only ever thousands separators.
  if (/\d[\u0020\u00a0\u202f\u2009']\d/.test(s) && !/^\d{1,3}([\u0020\u00a0\u202f\u2009']\d{3})*([.,]\d+)?$/.test(s)) {
    return null;
  }
  s = s.replace(GROUP_SPACES, "").replace(/'/g, "");
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;

  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  const commas = count(s, ",");
  const dots = count(s, ".");
  let integerPart: string;
  let fractionPart = "";

  if (commas > 0 && dots > 0) {
    // Both present: the later one is the decimal mark and must appear once.
    const decimalIndex = Math.max(lastComma, lastDot);
    const decimalMark = s[decimalIndex];
    if (count(s, decimalMark ?? "") !== 1) return null;
    integerPart = s.slice(0, decimalIndex);
    fractionPart = s.slice(decimalIndex + 1);
    const groupMark = decimalMark === "," ? "." : ",";
    if (!validGroups(integerPart, groupMark)) return null;
    integerPart = integerPart.split(groupMark).join("");
  } else if (commas > 1 || dots > 1) {
    // Repeated single mark: thousands groups only ("1.234.567", "1,234,567").
    const groupMark = commas > 1 ? "," : ".";
    if (!validGroups(s, groupMark)) return null;
    integerPart = s.split(groupMark).join("");
  } else if (commas === 1 || dots === 1) {
    const decimalIndex = commas === 1 ? lastComma : lastDot;
    integerPart = s.slice(0, decimalIndex);
    fractionPart = s.slice(decimalIndex + 1);
  } else {
    integerPart = s;
  }

  if (!/^\d*$/.test(integerPart) || !/^\d*$/.test(fractionPart)) return null;
  if (integerPart === "" && fractionPart === "") return null;
  const value = Number(`${integerPart || "0"}.${fractionPart || "0"}`);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n += 1;
  return n;
}

/** "1,234,567" with mark "," → true; "12,34" → false. */
function validGroups(s: string, mark: string): boolean {
  const parts = s.split(mark);
  const [head, ...rest] = parts;
  if (head === undefined || !/^\d{1,3}$/.test(head)) return rest.length === 0 && /^\d+$/.test(head ?? "");
  return rest.every((part) => /^\d{3}$/.test(part));
}
