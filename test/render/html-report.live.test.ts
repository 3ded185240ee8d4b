// The HTML report of a real multi-fault run, opened in Debian's chromium: nothing leaves the page, nothing hostile runs,
// and the verdicts, the journey with the right step marked, the timelines, the lock graph and the TLS chain are visible.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, openBrowser } from '../helpers/browser.js';
import { testCerts } from '../helpers/certs.js';
import { runCli } from '../helpers/cli.js';
import { liveAvailable } from '../helpers/live.js';
import { closedPort, type TestServer } from '../helpers/net-servers.js';
import { tlsServer } from '../helpers/tls-servers.js';

const live = liveAvailable(CHROMIUM, 'openssl');
const FIXTURES = resolve('fixtures');
const PASSWORD = 'Html-Report-Pa55-4711';
/** Each payload would set window.__pwned if the page ever treated input text as markup or script. */
const HOSTILE_LOG = `<script>window.__pwned=1</script></svg><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">x</a>`;
const HOSTILE_SUBJECT = `</svg><script>window.__pwned=4</script> javascript:window.__pwned=5 "><b onmouseover=alert(1)>`;

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(context: BrowserContext, file: string): Promise<Opened> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => (route.request().url() === `file://${file}` ? route.continue() : route.abort()));
  await page.goto(`file://${file}`);
  await page.waitForLoadState('load');
  return { page, requests, errors };
}

describe.skipIf(!live)('the HTML report in a real browser', () => {
  let dir: string;
  let file: string;
  let html: string;
  let tls: TestServer;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'md-html-'));
    tls = await tlsServer('expired');
    const closed = await closedPort();
    mkdirSync(join(dir, 'hostile'));
    writeFileSync(
      join(dir, 'hostile', 'email.log'),
      `2026-11-21 10:40:00,000 ERROR [EmailSender-1] c.m.s.email.EmailAuditService - SEND_FAILED Outgoing failed: ${HOSTILE_LOG}\n`,
    );
    writeFileSync(
      join(dir, 'hostile.eml'),
      [
        'From: Eve <eve@example.com>',
        'To: support@company.com',
        `Subject: ${HOSTILE_SUBJECT}`,
        'Date: Fri, 13 Nov 2026 09:00:00 +0000',
        'Message-ID: <hostile@example.com>',
        '',
        'body',
        '',
      ].join('\r\n'),
    );
    copyFileSync(testCerts().caPath, join(dir, 'ca.crt'));
    writeFileSync(
      join(dir, 'maildoctor.yaml'),
      [
        'timeout: 2000',
        'incoming:',
        `  - { name: support, protocol: imap, host: 127.0.0.1, port: ${closed}, security: tls, user: support@company.test, address: support@company.test, passwordEnv: MAIL_PW, primary: true, outgoing: notify }`,
        'outgoing:',
        `  - { name: notify, host: 127.0.0.1, port: ${tls.port}, security: tls, user: support@company.test, passwordEnv: MAIL_PW, primary: true, ca: ca.crt }`,
        'checks:',
        `  - { type: logs, paths: ["${join(FIXTURES, 'logs/tenant/apolo/logs')}"], bucket: 5m }`,
        `  - { type: logs, paths: ["${join(dir, 'hostile')}"] }`,
        `  - { type: audit, file: "${join(FIXTURES, 'audit/full.csv')}" }`,
        `  - { type: quartz, files: ["${join(FIXTURES, 'quartz/stale/qrtz_triggers.csv')}", "${join(FIXTURES, 'quartz/stale/qrtz_simple_triggers.csv')}"], asOf: "2026-11-22T00:13:26.891Z" }`,
        `  - { type: threaddump, files: ["${join(FIXTURES, 'threaddump/emailjob-deadlock.jstack.txt')}"] }`,
        `  - { type: eml, files: ["${join(dir, 'hostile.eml')}"] }`,
        '',
      ].join('\n'),
    );
    file = join(dir, 'report.html');
    const r = await runCli(['run', '--config', join(dir, 'maildoctor.yaml'), '--format', 'html', '-o', file, '-v'], { env: { MAIL_PW: PASSWORD } });
    expect(r.code, r.stderr).toBe(1);
    html = readFileSync(file, 'utf8');
    context = await openBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await tls?.close();
  });

  it('loads nothing, logs no error and runs nothing from the inputs', async () => {
    const { page, requests, errors } = await open(context, file);
    expect(requests).toEqual([`file://${file}`]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, object, embed, link, base, form').count()).toBe(0);
    expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
    );
    expect(handlers).toEqual([]);
    expect(await page.locator('svg').count()).toBe(html.split('<svg ').length - 1);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(HOSTILE_LOG);
    expect(text).toContain('</svg><script>window.__pwned=4</script> javascript:window.__pwned=5');
    expect(statSync(file).size).toBeLessThan(2 * 1024 * 1024);
    expect(html).not.toContain(PASSWORD);
    await page.close();
  });

  it("keeps hostile input as text even with the page's Content-Security-Policy switched off", async () => {
    const unguarded = await openBrowser({ bypassCSP: true });
    const { page, errors } = await open(unguarded, file);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    expect(await page.locator('pre.cmd button.copy').count()).toBeGreaterThan(0);
    await unguarded.close();
  });

  it('shows the verdicts, the journey stopped at step 2, timelines, the lock graph and the TLS chain', async () => {
    const { page } = await open(context, file);
    await expect(page.locator('#glance').isVisible()).resolves.toBe(true);
    expect(await page.locator('#verdicts .finding').count()).toBeGreaterThan(1);
    await expect(page.locator('#verdicts .finding').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('#journey svg.journey').isVisible()).resolves.toBe(true);
    expect(await page.locator('#journey .stop-marker').getAttribute('data-step')).toBe('2');
    expect(await page.locator('#journey .step.stops').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['2', '6']);
    const bars = page.locator('#timelines svg.bars');
    expect(await bars.count()).toBeGreaterThanOrEqual(2);
    await expect(bars.first().isVisible()).resolves.toBe(true);
    expect(await page.locator('#timelines .mark-label').textContent()).toContain('SEND_FAILED spike');
    await expect(page.locator('#timelines svg.quartz').isVisible()).resolves.toBe(true);
    await expect(page.locator('#locks svg.locks').isVisible()).resolves.toBe(true);
    expect(await page.locator('#locks .thread.cycle').count()).toBe(2);
    expect(await page.locator('#locks .wait.cycle').count()).toBe(2);
    await expect(page.locator('#tls table.chain').isVisible()).resolves.toBe(true);
    expect(await page.locator('#tls tr.fail').first().textContent()).toContain('expired');
    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('opens a check from the table, sorts the table, and offers copy buttons', async () => {
    const { page } = await open(context, file);
    const firstLink = page.locator('table.checks a').first();
    const target = (await firstLink.getAttribute('href'))!;
    await firstLink.click();
    expect(await page.locator(target).evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('table.checks th', { hasText: 'Time' }).click();
    const times = await page.locator('table.checks td.num').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await page.locator('pre.cmd button.copy').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('is readable with scripts off, dark in a dark scheme, and light when printed', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false });
    const off = await open(noScript, file);
    await expect(off.page.locator('#verdicts .finding').first().isVisible()).resolves.toBe(true);
    await expect(off.page.locator('#journey svg.journey').isVisible()).resolves.toBe(true);
    expect(off.errors).toEqual([]);
    await noScript.close();
    const dark = await openBrowser({ colorScheme: 'dark' });
    const d = await open(dark, file);
    const background = () => d.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    await d.page.screenshot({ path: join(dir, 'report-dark.png') });
    await d.page.emulateMedia({ media: 'print' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await d.page.locator('nav').isVisible()).toBe(false);
    await dark.close();
  });
});
