// The hosts, ports and URLs the guide's network checks name: the default targets of `run` without a config.

/** Every network target named in ServiceOps — Email Server Troubleshooting › Advanced Email Diagnostics › Network and Connectivity Checks. */
export const GUIDE_HOST_TARGETS = {
  /** `nslookup ...` */
  dns: ['imap.gmail.com', 'smtp.office365.com', 'email-app.serviceops.ai'],
  /** `nc -zv HOST PORT` */
  ports: ['imap.gmail.com:993', 'outlook.office365.com:993', 'smtp.office365.com:587', 'smtp.gmail.com:587', 'smtp.gmail.com:465', 'outlook.office365.com:443'],
  /** `openssl s_client -connect ... [-starttls smtp]` */
  tls: [
    { target: 'smtp.office365.com:587', starttls: 'smtp' },
    { target: 'imap.gmail.com:993', starttls: 'none' },
  ],
  /** `curl -I URL` (the ServiceOps email relay URL first) */
  http: ['https://email-app.serviceops.ai/', 'https://outlook.office365.com/', 'https://imap.gmail.com/', 'https://www.google.com'],
  /** `traceroute HOST` */
  route: ['smtp.office365.com', 'imap.gmail.com'],
  /** `ping www.google.com` versus `ping 8.8.8.8`, done over TCP (no ICMP needed). */
  triage: { names: ['www.google.com'], literals: ['8.8.8.8:53', '8.8.8.8:443'] },
} as const;

/** The guide's targets as `run` config entries for the network check kinds (dns, triage, port, tls, http). */
export function guideNetworkEntries(): Array<Record<string, unknown>> {
  const g = GUIDE_HOST_TARGETS;
  return [
    { type: 'triage', names: [...g.triage.names], literals: [...g.triage.literals] },
    { type: 'dns', hosts: [...g.dns] },
    { type: 'port', targets: [...g.ports] },
    ...g.tls.map((t) => ({ type: 'tls', targets: [t.target], starttls: t.starttls })),
    { type: 'http', urls: [...g.http] },
  ];
}
