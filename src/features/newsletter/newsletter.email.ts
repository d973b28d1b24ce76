import type { MailKind } from '../../db/app-schema.ts';
import { CRISIS_988, SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { currentLocale } from '../../ui/locale.ts';
import { fill, messages } from '../../ui/messages/index.ts';

export const CONFIRM_HOURS = 48;

export interface EmailLinks {
  publicUrl: string;
  /** Absent for a message that needs no confirming (the "already subscribed" note). */
  confirmUrl?: string | undefined;
  unsubscribeUrl: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The emails people get because of the sign-up form. Two deliberate choices:
 * - The subject line is plain ("your email sign-up"), because it shows on lock screens and shared
 *   inboxes, and not everyone wants others to see that they are reading about opioid treatment.
 * - The first name is never put in these emails. The address is not proven yet, and a sign-up form that
 *   echoes a "name" is a well-known way to send spam to strangers.
 * The words are in the language of the current locale: the mail worker renders each email inside the
 * subscriber's language (`runInLocale`), the language of the page they signed up on.
 */
export function renderEmail(kind: MailKind, links: EmailLinks): EmailContent {
  const m = messages().newsletter.email;
  const paragraphs = kind === 'confirm' ? confirmParagraphs(links) : alreadySubscribedParagraphs();
  const footer: Paragraph[] = [
    { text: m.who, link: links.publicUrl },
    { text: m.stop, link: links.unsubscribeUrl },
    {
      text: fill(m.help, {
        samhsa: SAMHSA_HELPLINE.name,
        samhsaNumber: SAMHSA_HELPLINE.display,
        crisisNumber: CRISIS_988.display,
      }),
    },
  ];
  const subject = kind === 'confirm' ? m.confirmSubject : m.alreadySubject;
  return { subject, text: toText([...paragraphs, ...footer]), html: toHtml(subject, paragraphs, footer) };
}

interface Paragraph {
  text: string;
  link?: string | undefined;
  /** Show the link as a button-like call to action in the HTML version. */
  action?: string;
}

function confirmParagraphs(links: EmailLinks): Paragraph[] {
  const m = messages().newsletter.email;
  return [
    { text: m.hello },
    { text: m.someone },
    { text: m.occasional },
    { text: fill(m.confirm, { hours: CONFIRM_HOURS }), link: links.confirmUrl, action: m.confirmAction },
    { text: m.ignoreConfirm },
  ];
}

function alreadySubscribedParagraphs(): Paragraph[] {
  const m = messages().newsletter.email;
  return [{ text: m.hello }, { text: m.someoneAgain }, { text: m.already }, { text: m.ignoreAlready }];
}

function toText(paragraphs: Paragraph[]): string {
  return `${paragraphs.map((p) => (p.link ? `${p.text}\n${p.link}` : p.text)).join('\n\n')}\n`;
}

function toHtml(subject: string, body: Paragraph[], footer: Paragraph[]): string {
  const para = (p: Paragraph, small = false) => {
    const size = small ? ' style="font-size:14px;color:#444"' : '';
    const link = p.link ? `<br><a href="${escapeHtml(p.link)}">${escapeHtml(p.action ?? p.link)}</a>` : '';
    return `<p${size}>${escapeHtml(p.text)}${link}</p>`;
  };
  return [
    '<!doctype html>',
    `<html lang="${currentLocale()}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px">',
    ...body.map((p) => para(p)),
    '<hr>',
    ...footer.map((p) => para(p, true)),
    '</body></html>',
  ].join('\n');
}
