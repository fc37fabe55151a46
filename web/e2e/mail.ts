// What the e2e specs read from the e-mails the API wrote (E2E_MAIL_DIR, the pickup directory).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The body text of an .eml: each MIME part decoded (base64 or quoted-printable), joined. */
export function decoded(eml: string): string {
  return eml
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const split = part.search(/\r?\n\r?\n/);
      if (split < 0) return part;
      const headers = part.slice(0, split).toLowerCase();
      const body = part.slice(split).trim();
      if (headers.includes('content-transfer-encoding: base64')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (headers.includes('content-transfer-encoding: quoted-printable')) {
        const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        return Buffer.from(bytes, 'latin1').toString('utf8');
      }
      return body;
    })
    .join('\n');
}

/** The decoded bodies of the e-mails to this address the API has written so far, newest first. */
export function mailsTo(to: string): string[] {
  const mailDir = process.env.E2E_MAIL_DIR ?? '';
  if (!existsSync(mailDir)) return []; // the API creates it with its first e-mail
  return readdirSync(mailDir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => join(mailDir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    .map((file) => readFileSync(file, 'utf8'))
    .filter((eml) => eml.includes(to))
    .map(decoded);
}

/**
 * The texts of the SMS to this number (E.164) the API has written so far to its SMS pickup directory (E2E_SMS_DIR,
 * else the `sms` folder beside E2E_MAIL_DIR, as build/test.sh lays them out), newest first.
 */
export function smsTo(number: string): string[] {
  const mailDir = process.env.E2E_MAIL_DIR ?? '';
  const smsDir = process.env.E2E_SMS_DIR ?? (mailDir ? join(mailDir, '..', 'sms') : '');
  if (!smsDir || !existsSync(smsDir)) return []; // the API creates it with its first SMS
  return readdirSync(smsDir)
    .filter((f) => f.endsWith('.sms.txt'))
    .map((f) => join(smsDir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    // The channel writes UTF-8 with a byte-order mark.
    .map((file) => readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    .filter((sms) => sms.startsWith(`To: ${number}\n`));
}
