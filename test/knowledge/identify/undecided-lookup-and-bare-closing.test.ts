// Client side, generalisation round 6: a lookup said to have failed for now in either order of its words, which outranks a
// name or a domain said to be unknown in the same text (whether the name exists was never decided), an error whose
// whole message is that the connection closed, Windows' untrusted-root and .NET's certificate texts in Chinese and
// Japanese, an Entra number under the sign-in logs' own labels, and a timeout's phase from nodemailer's command field. Texts written for this test in the shapes mail programs use, none taken
// from the corpus.
import { describe, expect, it } from 'vitest';
import { firstCause as cause } from '../first-cause.js';

describe('undecided lookups and bare closings', () => {
  it.each([
    // The temporary qualifier before the lookup it qualifies.
    ['relay: Temporary failure in MX lookup for example.org', 'dns.server-unreachable'],
    ['mta: temporary error during DNS lookup of mail.example.net', 'dns.server-unreachable'],
    ['queue: Temporary MX resolution error resolving example.com', 'dns.server-unreachable'],
    // A statement that the MX could not be resolved yields to the temporary reason given with it.
    ['smtp-out: Failed to resolve MX for [relay:example.net,smtp]: Temporary failure in MX lookup', 'dns.server-unreachable'],
    // An error whose only message is that the connection or socket closed.
    ['{"error":{"type":"SmtpError","message":"client: Connection closed"}}', 'mail.connection-closed'],
    ['ImapError: Socket closed.', 'mail.connection-closed'],
    ["err: 'connection was closed'", 'mail.connection-closed'],
    // Windows' SEC_E_UNTRUSTED_ROOT and .NET's certificate and trust texts as Simplified Chinese and Japanese systems print them.
    ['smtp: Win32Exception (0x80090325): 证书链是由不受信任的颁发机构颁发的。', 'tls.unknown-issuer'],
    ['imap: error: 0 - 信頼されていない機関によって証明書チェーンが発行されました。', 'tls.unknown-issuer'],
    ['发送失败: AuthenticationException: 根据验证过程，远程证书无效。', 'tls.verify-failed'],
    ['送信エラー: AuthenticationException: 検証プロシージャによると、リモート証明書は無効です。', 'tls.verify-failed'],
    ['WebException: 未能为 SSL/TLS 安全通道建立信任关系。', 'tls.verify-failed'],
    ['SmtpException: IOException: 由于远程方已关闭传输流，身份验证失败。', 'tls.handshake-failed'],
    ['IOException: リモート側がトランスポート ストリームを閉じたため、認証に失敗しました。', 'tls.handshake-failed'],
    // Nodemailer's command field names the phase of a timeout: CONN while connecting, an SMTP command while awaiting its reply.
    ["[Error: Timeout] code: 'ETIMEDOUT', command: 'DATA'", 'tcp.read-timeout'],
    ["Error: Connection timeout code: 'ETIMEDOUT', command: 'CONN'", 'tcp.timeout'],
    // An Entra number under the labels of the sign-in logs, without the AADSTS prefix.
    ['Sign-in error code: 50126 Failure reason: Invalid username or password.', 'oauth.user.credentials-invalid'],
    ['"status": {"errorCode": 50126, "failureReason": "Error validating credentials."}', 'oauth.user.credentials-invalid'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it.each([
    // Without the temporary qualifier, a domain without mail servers stays unknown.
    ['smtp-out: Failed to resolve MX for [relay:example.net,smtp]: No MX found for domain', 'smtp.host-unknown'],
  ])('%s -> %s', (text, expected) => {
    expect(cause(text)).toBe(expected);
  });

  it.each([
    // A closing logged without an error, and closings in ordinary sentences.
    'C: QUIT S: 221 2.0.0 Bye, connection closed by client request',
    'Nightly job: connection closed after the last mailbox was polled, as scheduled',
    // A bare errorCode number outside the shape of a sign-in record.
    '{"errorCode": 50126, "result": "ok"}',
  ])('%s matches nothing', (text) => {
    expect(cause(text)).toBe('explain.no-match');
  });
});
