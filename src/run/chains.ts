// What `run` planned for each server: the ordered stage keys of its chain, used to judge it afterwards.

/** One stage of a server's chain and the key of the check that runs it. */
export interface ChainStage {
  stage: 'dns' | 'port' | 'tls' | 'oauth' | 'auth' | 'graph';
  key: string;
}

/** A server's planned chain: dns → port → tls → (oauth) → auth and post-login command. */
export interface ServerChain {
  server: string;
  direction: 'incoming' | 'outgoing';
  protocol: string;
  endpoint: string;
  stages: ChainStage[];
  usesOAuth: boolean;
  /** For incoming servers: the outgoing server its notifications leave through. */
  notifiesThrough?: string;
}
