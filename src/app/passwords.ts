/** Password hashing (argon2id, @node-rs/argon2's defaults: m=19 MiB, t=2, p=1) and one-time passwords. */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum the package declares, which isolated modules cannot read). */
const ARGON2ID = 2;

import { InputError } from './errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** A hash of nothing anyone knows, verified against when the user is unknown so that both take the same time. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword(`no user ${randomInt(1e9)}`);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Refuses a password people would guess or that does not fit, with the field named. */
export function checkNewPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new InputError(`lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken (det har ${password.length}).`, field);
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw new InputError(`lösenordet får ha högst ${MAX_PASSWORD_LENGTH} tecken.`, field);
  if (new Set(password).size < 4) throw new InputError('lösenordet är för enkelt (för få olika tecken).', field);
}

/** Letters and digits that are not mistaken for each other when read aloud or typed from a log. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time password: 4 groups of 4, about 91 bits. */
export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let s = '';
    for (let i = 0; i < 4; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}
