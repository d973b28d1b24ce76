import type { MailKind } from '../../db/app-schema.ts';
import { CRISIS_988, SAMHSA_HELPLINE } from '../../ui/helplines.ts';

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
 */
export function renderEmail(kind: MailKind, links: EmailLinks): EmailContent {
  const paragraphs = kind === 'confirm' ? confirmParagraphs(links) : alreadySubscribedParagraphs(links);
  const footer: Paragraph[] = [
    {
      text: 'Who we are: Open Treatment is a free, open-source website that helps people with opioid use disorder, and the people who love them, understand treatment and find it nearby.',
      link: links.publicUrl,
    },
    { text: 'To stop all emails from us, open this link and press the button:', link: links.unsubscribeUrl },
    {
      text: `Need help now? Call the ${SAMHSA_HELPLINE.name} at ${SAMHSA_HELPLINE.display} (free and private, any time). In a crisis, call or text ${CRISIS_988.display}.`,
    },
  ];
  const subject = kind === 'confirm' ? 'Please confirm your email sign-up' : 'About your email sign-up';
  return { subject, text: toText([...paragraphs, ...footer]), html: toHtml(subject, paragraphs, footer) };
}

interface Paragraph {
  text: string;
  link?: string | undefined;
  /** Show the link as a button-like call to action in the HTML version. */
  action?: string;
}

function confirmParagraphs(links: EmailLinks): Paragraph[] {
  return [
    { text: 'Hello,' },
    { text: 'Someone, hopefully you, asked to get emails from Open Treatment at this address.' },
    {
      text: 'We will send occasional updates about new guides and changes to our treatment data. Not often, and we never share your address.',
    },
    {
      text: `To start getting them, please confirm your address. The link works for ${CONFIRM_HOURS} hours:`,
      link: links.confirmUrl,
      action: 'Confirm my email address',
    },
    {
      text: "Didn't ask for this? You can ignore this email. We won't send you anything else unless you confirm.",
    },
  ];
}

function alreadySubscribedParagraphs(_links: EmailLinks): Paragraph[] {
  return [
    { text: 'Hello,' },
    { text: 'Someone, hopefully you, just asked to get emails from Open Treatment at this address.' },
    { text: "Good news: you're already on our list, so there is nothing more to do." },
    { text: "Didn't ask for this? You can ignore this email. Nothing has changed." },
  ];
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
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px">',
    ...body.map((p) => para(p)),
    '<hr>',
    ...footer.map((p) => para(p, true)),
    '</body></html>',
  ].join('\n');
}
