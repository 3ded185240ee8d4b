// Provider presets: the host, port and security of each mail protocol, so a technician types less.

/** How a mail connection is secured: implicit TLS, STARTTLS upgrade, or plain text. */
export type MailSecurity = 'tls' | 'starttls' | 'none';

/** One protocol endpoint of a provider. */
export interface PresetEndpoint {
  host: string;
  port: number;
  security: MailSecurity;
}

/** A provider's documented endpoints and what its documentation says about authentication. */
export interface MailPreset {
  name: string;
  title: string;
  smtp: PresetEndpoint;
  /** Other SMTP endpoints the provider documents (e.g. Gmail's 465). */
  smtpAlternatives: PresetEndpoint[];
  imap: PresetEndpoint;
  pop3: PresetEndpoint;
  /** True when the provider has switched off or deprecated Basic Auth (password logins). */
  basicAuthDeprecated: boolean;
  reference: string;
}

/** The presets `--preset NAME` understands (ServiceOps — Email Server Troubleshooting › Network and Connectivity Checks names these hosts). */
export const MAIL_PRESETS: Readonly<Record<string, MailPreset>> = {
  office365: {
    name: 'office365',
    title: 'Microsoft 365 / Exchange Online',
    smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls' },
    smtpAlternatives: [],
    imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
    pop3: { host: 'outlook.office365.com', port: 995, security: 'tls' },
    basicAuthDeprecated: true,
    reference: 'ServiceOps — Email Server Troubleshooting › Configuration Best Practices; Microsoft Learn: POP, IMAP, and SMTP settings for Outlook.com',
  },
  gmail: {
    name: 'gmail',
    title: 'Google Workspace / Gmail',
    smtp: { host: 'smtp.gmail.com', port: 587, security: 'starttls' },
    smtpAlternatives: [{ host: 'smtp.gmail.com', port: 465, security: 'tls' }],
    imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
    pop3: { host: 'pop.gmail.com', port: 995, security: 'tls' },
    basicAuthDeprecated: false,
    reference: 'ServiceOps — Email Server Troubleshooting › Network and Connectivity Checks; Google Workspace Admin Help: IMAP, POP and SMTP settings',
  },
};

/** The preset called `name`, or undefined. */
export function mailPreset(name: string): MailPreset | undefined {
  return Object.prototype.hasOwnProperty.call(MAIL_PRESETS, name) ? MAIL_PRESETS[name] : undefined;
}

/** Names of all presets, for help texts and error messages. */
export function presetNames(): string[] {
  return Object.keys(MAIL_PRESETS);
}

/** True when a host belongs to Microsoft 365 (where Basic Auth is disabled). */
export function isMicrosoftHost(host: string): boolean {
  return /(^|\.)(office365\.com|outlook\.com|office\.com|protection\.outlook\.com)$/i.test(host.replace(/\.$/, ''));
}
