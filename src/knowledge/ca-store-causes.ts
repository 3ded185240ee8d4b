// Causes for the trust stores: the guide's CA bundle checks, and Java's own cacerts.
import { defineCauses } from './types.js';

const CA = 'ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks › Check SSL/TLS certificate';

/** What the CA store check can report. */
export const CA_STORE_CAUSES = defineCauses({
  'ca.bundle-ok': {
    title: 'System CA bundle present',
    severity: 'info',
    explanation: 'The system CA bundle exists, is readable and holds certificates.',
    fixes: [{ text: 'Nothing to fix.' }],
    reference: CA,
  },
  'ca.bundle-missing': {
    title: 'System CA bundle missing or unreadable',
    severity: 'fail',
    explanation:
      'No readable CA bundle was found, so nothing on this server can verify a TLS certificate: every TLS connection ends in "unable to get local issuer certificate".',
    fixes: [
      {
        text: 'Reinstall the CA certificates package and rebuild the bundle.',
        commands: ['apt-get install --reinstall ca-certificates', 'update-ca-certificates'],
      },
    ],
    reference: CA,
  },
  'ca.bundle-empty': {
    title: 'System CA bundle holds no certificates',
    severity: 'fail',
    explanation: 'The bundle file exists but contains no PEM certificate, so no chain can be verified.',
    fixes: [{ text: 'Rebuild the bundle.', commands: ['update-ca-certificates --fresh'] }],
    reference: CA,
  },
  'ca.bundle-stale': {
    title: 'System CA bundle is old',
    severity: 'warn',
    explanation:
      'The bundle has not been updated for a long time. New roots that providers move to are missing from stale bundles, which shows as verify code 20.',
    fixes: [{ text: 'Refresh the CA certificate store, as the guide advises when certificates are stale.', commands: ['update-ca-certificates'] }],
    reference: CA,
  },
  'ca.java-missing-root': {
    title: "Java cacerts does not trust this server's root",
    severity: 'fail',
    explanation:
      "The Java runtime's own store (cacerts) holds no root for this server's chain. Java does not read the system bundle, so Java mail clients fail with \"PKIX path building failed\" whatever openssl and curl say; the system bundle's own verdict is the separate finding beside this one.",
    fixes: [
      {
        text: 'Import the root CA into the Java trust store used by the helpdesk, then restart it.',
        commands: ['keytool -importcert -cacerts -storepass changeit -alias <alias> -file root.pem'],
      },
    ],
    reference:
      'Oracle keytool documentation (-cacerts); ServiceOps — Email Server Troubleshooting › Network and Connectivity Checks › Check SSL/TLS certificate',
  },
  'ca.java-trusts-root': {
    title: "Java cacerts trusts this server's root",
    severity: 'info',
    explanation: "The root certificate of the chain is in the Java runtime's cacerts, so Java mail clients can verify this server.",
    fixes: [{ text: 'Nothing to fix.' }],
    reference: CA,
  },
  'ca.java-not-found': {
    title: 'No Java runtime found',
    severity: 'info',
    explanation:
      'No Java cacerts was found (JAVA_HOME, the java on PATH), so only the system store was checked. The helpdesk may ship its own JRE: point maildoctor at it with --cacerts.',
    fixes: [
      { text: "Give the helpdesk JRE's store explicitly.", commands: ['maildoctor ca-store <host>:<port> --cacerts /opt/<product>/jre/lib/security/cacerts'] },
    ],
    reference: CA,
  },
  'ca.root-not-in-bundle': {
    title: "The system bundle does not trust this server's root",
    severity: 'fail',
    explanation: "The root of the server's chain is not in the system CA bundle, so system tools (openssl, curl) cannot verify it either.",
    fixes: [
      { text: 'Add the private or proxy root to the system store.', commands: ['cp root.crt /usr/local/share/ca-certificates/ && update-ca-certificates'] },
    ],
    reference: CA,
  },
});
