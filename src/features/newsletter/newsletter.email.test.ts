import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runInLocale } from '../../ui/locale-context.ts';
import { renderEmail } from './newsletter.email.ts';

const links = {
  publicUrl: 'https://opentreatment.example',
  confirmUrl: 'https://opentreatment.example/newsletter/confirm?token=abc',
  unsubscribeUrl: 'https://opentreatment.example/newsletter/unsubscribe?token=def',
};

test('the confirmation email says who we are, what was asked for, how to confirm, and that it can be ignored', () => {
  const email = renderEmail('confirm', links);
  assert.equal(email.subject, 'Please confirm your email sign-up');
  for (const part of [
    'asked to get emails from Open Treatment',
    'new guides and changes to our treatment data',
    `48 hours:\n${links.confirmUrl}`,
    "Didn't ask for this? You can ignore this email.",
    'Who we are: Open Treatment is a free, open-source website',
    links.publicUrl,
    links.unsubscribeUrl,
    '1-800-662-4357',
  ]) {
    assert.ok(email.text.includes(part), `text has "${part}"`);
  }
  assert.ok(email.html.includes(`<a href="${links.confirmUrl}">Confirm my email address</a>`));
  assert.ok(email.html.includes(`<a href="${links.unsubscribeUrl}">`));
  assert.doesNotMatch(`${email.subject}`, /opioid|drug|treatment/i, 'the subject line is discreet');
});

test('the "already subscribed" note has no confirm link but can still unsubscribe', () => {
  const email = renderEmail('already-subscribed', { ...links, confirmUrl: undefined });
  assert.match(email.text, /already on our list/);
  assert.ok(!email.text.includes('/newsletter/confirm'));
  assert.ok(email.text.includes(links.unsubscribeUrl));
});

test('links are escaped in the HTML version', () => {
  const email = renderEmail('confirm', { ...links, confirmUrl: 'https://x.example/?a=1&b="2"' });
  assert.ok(email.html.includes('href="https://x.example/?a=1&amp;b=&quot;2&quot;"'));
});

test('in Spanish, the same email in Spanish words: discreet subject, the 48 hours, and help lines with Spanish service', () => {
  const email = runInLocale('es', () => renderEmail('confirm', links));
  assert.equal(email.subject, 'Confirme su suscripción por correo');
  assert.ok(email.text.includes(`48 horas:\n${links.confirmUrl}`));
  assert.ok(email.html.includes(`<a href="${links.confirmUrl}">Confirmar mi correo electrónico</a>`));
  assert.match(email.text, /Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357/);
  assert.match(email.text, /marque 2, o envíe AYUDA por texto al 988/);
  assert.match(email.html, /<html lang="es">/);
  for (const english of ['Hello', 'Who we are', 'Need help now', 'Confirm my email'])
    assert.ok(!email.text.includes(english), english);
  const already = runInLocale('es', () => renderEmail('already-subscribed', { ...links, confirmUrl: undefined }));
  assert.match(already.text, /ya está en nuestra lista/);
});
