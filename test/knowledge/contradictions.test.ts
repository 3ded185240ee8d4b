// Rendered texts that once contradicted their own evidence: each read as the technician reads it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const explain = async (text: string) => (await runCli(['explain', text, '--no-color'])).stdout;

describe('texts that agree with their evidence', () => {
  it('a 554 relay refusal is not titled with another code', async () => {
    const out = await explain('554 5.7.1 <outside@elsewhere.test>: Relay access denied');
    expect(out).toContain('Relay denied: the server will not forward this mail');
    expect(out).not.toMatch(/550/);
  });

  it('"Outgoing failed: AUTHENTICATE failed." is the outgoing server\'s login failure, not an IMAP one', async () => {
    const out = await explain('Outgoing failed: AUTHENTICATE failed.');
    expect(out).toContain('[audit.outgoing.authentication-failed]');
    expect(out).not.toMatch(/IMAP|imap\.auth/);
    expect(await explain('A2 NO AUTHENTICATE failed.')).toContain('[imap.auth.failed]');
  });
});
