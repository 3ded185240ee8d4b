// The endpoint and auth-source options shared by smtp, imap and pop3, declared without loading the mail checks.
import type { Command } from 'commander';
import { presetNames } from '../checks/mail/presets.js';

/** Adds --host, --port, --security, --preset and --ca to a mail command. */
export function addTargetOptions(cmd: Command): void {
  cmd
    .option('--host <host>', 'mail server host name (or use --preset)')
    .option('--port <port>', 'port (default by security: 465/587 SMTP, 993/143 IMAP, 995/110 POP3)')
    .option('--security <mode>', 'tls (implicit), starttls or none (default by port)')
    .option('--preset <name>', `provider preset: ${presetNames().join(', ')}`)
    .option('--ca <file>', 'PEM file of extra trusted CA certificates (also honours NODE_EXTRA_CA_CERTS)');
}

/** Adds --user and the auth-source options to a mail command. */
export function addAuthOptions(cmd: Command): void {
  cmd
    .option('--user <name>', 'login name (usually the full mailbox address)')
    .option('--password-env <var>', 'name of the environment variable that holds the password')
    .option('--password-file <path>', 'file that holds the password')
    .option('--oauth-token-env <var>', 'name of the environment variable that holds an OAuth access token (XOAUTH2)')
    .option('--oauth-token-file <path>', 'file that holds an OAuth access token (XOAUTH2)');
}
