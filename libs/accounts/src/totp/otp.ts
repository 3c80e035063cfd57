import { createBase32Plugin, generateSecret } from '@otplib/core';
import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { verify } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';

/*
 * otplib's packages, taken one by one: the `otplib` bundle loads @scure/base and @noble/hashes, which are
 * ES modules only (fine for Node ≥ 20.19, not for Jest's CommonJS runs). Node's own crypto does the HMAC;
 * base32 (RFC 4648, what authenticator apps expect) is the few lines below.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function encode(data: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) out += ALPHABET[(value >>> (bits -= 5)) & 31];
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) out.push((value >>> (bits -= 8)) & 255);
  }
  return Uint8Array.from(out);
}

export const OTP_PLUGINS = { crypto: new NodeCryptoPlugin(), base32: createBase32Plugin({ name: 'rfc4648', encode, decode }) };

const ISSUER = 'Waardenet';
/** One time step (30 s) either side, for a phone whose clock is a little off. */
const EPOCH_TOLERANCE_S = 30;

/** 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export const newTotpSecret = (): string => generateSecret(OTP_PLUGINS);

export const otpauthUri = (label: string, secret: string): string => generateTOTP({ issuer: ISSUER, label, secret });

/** The time step the code belongs to (now, give or take one step), or null; a step at or before `after` is refused (replay). */
export async function timeStepOf(secret: string, code: string, after: number | null): Promise<number | null> {
  const result = await verify({
    ...OTP_PLUGINS,
    secret,
    token: code.replace(/\s/g, ''),
    epochTolerance: EPOCH_TOLERANCE_S,
    ...(after === null ? {} : { afterTimeStep: after }),
  });
  return result.valid ? result.timeStep : null;
}
