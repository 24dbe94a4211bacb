import { randomBytes } from "node:crypto";

// Sortable, URL-safe ids: 10 characters of time, 14 of randomness. Generated in
// the application so that seeds and bulk inserts can pass their own.
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export function newId(): string {
  let time = Date.now();
  let head = "";
  for (let i = 0; i < 9; i++) {
    head = ALPHABET[time % 36] + head;
    time = Math.floor(time / 36);
  }
  const bytes = randomBytes(14);
  let tail = "";
  for (const b of bytes) tail += ALPHABET[b % 36];
  return `c${head}${tail}`;
}
