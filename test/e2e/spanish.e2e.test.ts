/**
 * The site in Spanish, in Chromium: a ZIP search with filters, a facility page, the self-check to the locator,
 * the crisis page and the newsletter sign-up (and its email), a report about a listing, each with JavaScript on
 * and off. (spanish-pages.e2e.test.ts checks every Spanish page with axe.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteWithMail } from '../support/site.ts';
import { linksIn } from '../support/smtp.ts';

const heading = async (page: Page) => (await page.locator('main h1').innerText()).trim();

/** A ZIP code with places that offer care in Spanish among others (McAllen, TX). */
const ZIP = '78501';

describe('the site in Spanish, in Chromium', { concurrency: IN_PARALLEL }, () => {
  const site = useSiteWithMail();

  for (const javaScript of [false, true]) {
    const js = `JavaScript ${javaScript ? 'on' : 'off'}`;

    test(`search by ZIP with filters, then a facility page, in Spanish (${js})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      await page.goto('/');
      await page.getByRole('link', { name: 'Español' }).click();
      assert.equal(new URL(page.url()).pathname, '/es');
      await page.getByLabel('Código postal (ZIP), o ciudad y estado').fill(ZIP);
      await page.locator('details.filters summary').click();
      await page.getByLabel('Ambulatorio', { exact: true }).check();
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
      assert.match(await heading(page), new RegExp(`^Ambulatorio · a menos de 25 millas de ZIP ${ZIP}`));
      assert.match(await page.locator('.search-summary').innerText(), /lugar(es)? (coincide|podría)/);
      const url = new URL(page.url());
      assert.equal(url.pathname, '/es/find');
      assert.equal(url.searchParams.get('care'), 'outpatient');

      // One tap to places offering care in Spanish.
      await page.getByRole('link', { name: 'Mostrar solo lugares que ofrecen atención en español' }).click();
      assert.equal(new URL(page.url()).searchParams.get('language'), 'spanish');
      // Every place that matches is marked; places whose listing doesn't say come after, marked "maybe".
      const matches = page.locator('.results .result:not(.result--maybe)');
      assert.ok((await matches.count()) > 0);
      assert.equal(await matches.count(), await page.locator('.results .result:not(.result--maybe) .tag--language').count());

      // The language switch keeps the search.
      const english = await page.getByRole('link', { name: /^English/ }).getAttribute('href');
      assert.match(english ?? '', /^\/find\?near=78501&care=outpatient&language=spanish/);

      await page.locator('.results h3 a').first().click();
      assert.match(new URL(page.url()).pathname, /^\/es\/facilities\//);
      const main = await page.locator('main').innerText();
      assert.match(main, /Se habla español\./);
      assert.match(main, /Qué preguntar cuando llame/);
      assert.match(main, /Comprobado por nuestro equipo/);

      // Something wrong with the listing: the form, its errors and its thanks are Spanish.
      await page.getByRole('link', { name: 'Díganos qué está mal' }).click();
      assert.match(new URL(page.url()).pathname, /^\/es\/facilities\/[^/]+\/report$/);
      assert.equal(await heading(page), '¿Hay algo mal en este listado?');
      await page.getByRole('button', { name: 'Enviar aviso' }).click();
      assert.match(await page.title(), /^Error: Avísenos de un problema con /);
      assert.match(await page.locator('.error-summary').innerText(), /Elija qué está mal en este listado/);
      await page.getByLabel('Otra cosa').check();
      await page.getByLabel('Cuéntenos más').fill('El horario cambió.');
      await page.getByRole('button', { name: 'Enviar aviso' }).click();
      assert.match(new URL(page.url()).pathname, /^\/es\/facilities\/[^/]+\/report\/sent$/);
      assert.equal(await heading(page), 'Gracias por su aviso');
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });

    test(`the self-check to the locator, in Spanish (${js})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      await page.goto('/es/self-check');
      assert.equal(await heading(page), '¿Qué tipo de tratamiento debo pedir?');
      await page.getByRole('button', { name: 'Empezar la autoevaluación' }).click();
      assert.equal(await heading(page), 'Primero, ¿hay alguien en peligro ahora mismo?');
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();
      assert.equal(await heading(page), '¿Para quién contesta?');
      await page.getByLabel('Para alguien a quien ayudo, como un familiar, mi pareja o un amigo').check();
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();
      assert.equal(await heading(page), '¿Qué usa la persona?');
      await page.getByLabel('Heroína o fentanilo').check();
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();
      // Skip the rest but the last screen.
      for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Saltar esta pregunta' }).click();
      assert.equal(await heading(page), 'Unas últimas cosas');
      await page.getByLabel('Español', { exact: true }).check();
      await page.getByLabel('Medicaid', { exact: true }).check();
      await page.getByRole('button', { name: 'Continuar', exact: true }).click();
      assert.match(await heading(page), /^Un punto de partida: /);
      const main = await page.locator('main').innerText();
      assert.match(main, /Esto no es un diagnóstico ni una inscripción/);
      assert.match(main, /Idioma: Español/);
      const link = page.getByRole('link', { name: 'Buscar tratamiento con estos filtros' });
      const href = (await link.getAttribute('href')) ?? '';
      assert.match(href, /^\/es\/find\?/);
      assert.match(href, /language=spanish/);
      await link.click();
      assert.equal(new URL(page.url()).pathname, '/es/find');
      assert.equal(await heading(page), 'Busque tratamiento cerca de usted');
      assert.equal(await page.getByLabel('Español', { exact: true }).isChecked(), true, 'the filter came along');
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });

    test(`the crisis page in Spanish, one tap from every page (${js})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      await page.goto('/es/about/privacy');
      await page.getByRole('link', { name: 'Ayuda en una crisis' }).click();
      assert.equal(new URL(page.url()).pathname, '/es/crisis');
      assert.equal(await heading(page), 'Ayuda ahora');
      assert.equal(await page.getByRole('link', { name: 'Llame al 911' }).first().getAttribute('href'), 'tel:911');
      assert.equal(await page.getByRole('link', { name: 'Envíe un texto al 988' }).first().getAttribute('href'), 'sms:988');
      const main = await page.locator('main').innerText();
      assert.match(main, /marque 2, o envíe la palabra AYUDA por texto al 988/);
      assert.match(main, /Si alguien podría tener una sobredosis/);
      assert.match(main, /Dele naloxona \(Narcan\) si la tiene/);
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });

    test(`newsletter sign-up in Spanish (${js})`, async () => {
      const { page, context, foreignRequests } = await openPage(site.browser, site.server.url, { javaScript });
      await page.goto('/es/newsletter');
      assert.equal(await page.title(), 'Reciba noticias por correo – Open Treatment');
      await page.getByRole('button', { name: 'Suscribirme' }).click();
      assert.equal(await page.title(), 'Error: Reciba noticias por correo – Open Treatment');
      const summary = await page.locator('.error-summary').innerText();
      assert.match(summary, /Escriba su correo electrónico/);
      assert.match(summary, /Marque la casilla/);
      await page.getByLabel('Correo electrónico').fill(`es-${javaScript ? 'js' : 'nojs'}@example.org`);
      await page.getByLabel('Quiero recibir de vez en cuando correos de Open Treatment').check();
      await page.getByRole('button', { name: 'Suscribirme' }).click();
      assert.equal(new URL(page.url()).pathname, '/es/newsletter/check-your-email');
      assert.equal(await heading(page), 'Revise su correo');
      // The email is in Spanish, and its link opens the Spanish confirm page.
      const address = `es-${javaScript ? 'js' : 'nojs'}@example.org`;
      const mail = await site.sink.waitFor((m) => m.envelope.to.includes(address));
      assert.equal(mail.parsed.subject, 'Confirme su suscripción por correo');
      const confirm = linksIn(mail).find((l) => l.includes('/newsletter/confirm?token='));
      assert.ok(confirm?.startsWith(`${site.server.url}/es/newsletter/confirm?token=`), String(confirm));
      await page.goto(confirm as string);
      assert.equal(await page.locator('html').getAttribute('lang'), 'es');
      assert.deepEqual(foreignRequests, []);
      await context.close();
    });
  }
});
