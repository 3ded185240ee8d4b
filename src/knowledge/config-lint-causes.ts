// Causes for `maildoctor config lint`: the client-secret rotation mistakes 003 warns about.
import { defineCauses } from './types.js';

const SECRET = 'Agiloft — Email Troubleshooting › Replacing an Expired Client Secret';

/** What a configuration-properties text can get wrong when a secret, client id or tenant is replaced. */
export const CONFIG_LINT_CAUSES = defineCauses({
  'config.value.consistent': {
    title: 'All instances have the same value',
    severity: 'info',
    explanation: 'Every instance of this key carries the same value, so no copy was left behind during the last replacement.',
    fixes: [
      { text: 'Nothing to fix. To confirm it is the new secret, compare the fingerprint with your own: printf %s "$NEW_SECRET" | sha256sum | cut -c1-12' },
    ],
    reference: SECRET,
  },
  'config.value.mismatch': {
    title: 'Instances of the same key have different values',
    severity: 'fail',
    explanation:
      'The key appears several times (client_secret appears three times in Microsoft configurations) and not all instances agree: one was left with the old value when the secret was replaced, so whichever part reads it fails with an invalid or expired secret.',
    fixes: [
      {
        text: 'Replace the value on the lines listed as differing with the current value, keeping the key and the equals sign; then reset the OAuth token (outbound and every inbound account).',
      },
      { text: 'Compare a fingerprint with the value you mean to use: printf %s "$NEW_SECRET" | sha256sum | cut -c1-12' },
    ],
    reference: SECRET,
  },
  'config.value.empty': {
    title: 'Key has an empty value',
    severity: 'fail',
    explanation: 'The key is there with its equals sign but nothing after it: the old value was deleted and the new one never pasted.',
    fixes: [{ text: 'Paste the value right after the equals sign, on the same line.' }],
    reference: SECRET,
  },
  'config.value.missing-equals': {
    title: 'Equals sign missing after the key',
    severity: 'fail',
    explanation:
      'The line has the key but no equals sign, so the key and value run together (or the value is read as part of the key). The guide warns not to remove the = when replacing the secret.',
    fixes: [{ text: 'Put the equals sign back between the key and the value: key=value.' }],
    reference: SECRET,
  },
  'config.value.whitespace': {
    title: 'Value has stray spaces',
    severity: 'fail',
    explanation:
      'The value starts or ends with spaces or tabs, or contains some. Properties readers keep trailing and inner spaces as part of the value, so a secret with a space pasted after it is a different, wrong secret.',
    fixes: [{ text: 'Delete the spaces around the value (and any inside it), so the line reads key=value with nothing after the value.' }],
    reference: SECRET,
  },
  'config.value.quoted': {
    title: 'Value is wrapped in quotes',
    severity: 'warn',
    explanation: 'Properties values are taken literally, so quotes around the value become part of it.',
    fixes: [{ text: 'Remove the quotes around the value.' }],
    reference: SECRET,
  },
  'config.value.placeholder': {
    title: 'Value is still a placeholder',
    severity: 'fail',
    explanation:
      'The value looks like a placeholder from a template or from instructions (<existing_value>, <new secret>, YOUR_CLIENT_SECRET), not a real value.',
    fixes: [{ text: 'Replace the placeholder with the real value.' }],
    reference: SECRET,
  },
  'config.client-secret.count': {
    title: 'client_secret appears fewer times than Microsoft configurations use',
    severity: 'info',
    explanation:
      'The text looks like a Microsoft configuration, where client_secret normally appears three times; fewer instances can mean a line was deleted while editing.',
    fixes: [{ text: "Compare with a known-good copy of the configuration properties, or the vendor's template, to see whether an instance is missing." }],
    reference: SECRET,
  },
  'config.key.absent': {
    title: 'No client_secret in the text',
    severity: 'info',
    explanation: 'The text has no client_secret key, so it is not an OAuth client-credentials configuration (or the key was deleted).',
    fixes: [{ text: 'Check that you pasted the right configuration properties (outbound: Custom SMTP Configuration Properties; inbound: the Server tab).' }],
    reference: SECRET,
  },
});
