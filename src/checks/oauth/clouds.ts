// The Microsoft clouds: which Exchange Online and Graph resources belong to which Entra authority.

/** Resource roots of one Microsoft cloud. */
export interface MicrosoftCloud {
  /** Resource of delegated IMAP/POP/SMTP scopes. */
  outlookDelegated: string;
  /** Resource of app-only (.default) IMAP/POP/SMTP scopes. */
  outlookApp: string;
  graph: string;
}

const GLOBAL: MicrosoftCloud = {
  outlookDelegated: 'https://outlook.office.com',
  outlookApp: 'https://outlook.office365.com',
  graph: 'https://graph.microsoft.com',
};
const US_GOV: MicrosoftCloud = {
  outlookDelegated: 'https://outlook.office365.us',
  outlookApp: 'https://outlook.office365.us',
  graph: 'https://graph.microsoft.us',
};
const CHINA: MicrosoftCloud = {
  outlookDelegated: 'https://partner.outlook.cn',
  outlookApp: 'https://partner.outlook.cn',
  graph: 'https://microsoftgraph.chinacloudapi.cn',
};

/** The cloud an authority URL belongs to; unknown authorities (proxies, tests) get the global cloud's resources. */
export function microsoftCloud(authority: URL | undefined): MicrosoftCloud {
  const host = authority?.hostname.toLowerCase() ?? '';
  if (host.endsWith('microsoftonline.us')) return US_GOV;
  if (host.endsWith('microsoftonline.cn') || host.endsWith('chinacloudapi.cn')) return CHINA;
  return GLOBAL;
}
