// Reply tags that large mailbox providers put in their SMTP replies ("[TSS04]", "(S3150)", "BL000010", "HL:ICC"):
// each names the provider's reason for a deferral or a refusal, whatever words surround it.
import type { CauseId } from '../index.js';

/** One provider's tags: the pattern that finds a tag, and the cause of each tag (or tag family). */
export interface ProviderTags {
  provider: string;
  source: string;
  /** Finds a tag; its first group is the tag as the provider writes it. */
  find: RegExp;
  /** Ordered: the first pattern the tag matches gives its meaning and cause. `deferral` marks a meaning that is a hold
   * for now (a 4xx deferral): it cannot be what a permanent (5xx) reply carrying the tag means. */
  tags: ReadonlyArray<{ tag: RegExp; meaning: string; cause: CauseId; deferral?: true }>;
}

/** The providers whose reply tags maildoctor reads. */
export const PROVIDER_TAGS: readonly ProviderTags[] = [
  {
    provider: 'Yahoo',
    source:
      'Yahoo Sender Hub: SMTP Error Codes; Yahoo Help: Error "421 4.7.0 [TS01] Messages from x.x.x.x temporarily deferred" (SLN3434) and "421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred" (SLN3436)',
    find: /\[(TSS?\d{2}|BL2\d)\]/g,
    tags: [
      { tag: /^(?:TSS0[69]|TS03)$/, meaning: 'all mail from the sending IP is refused for good (permanently deferred)', cause: 'smtp.blocked' },
      {
        tag: /^TSS?0\d$/,
        meaning: 'mail from the sending IP is held back for now: unusual volume or complaints from Yahoo users',
        cause: 'smtp.rate-limited',
        deferral: true,
      },
      { tag: /^BL2\d$/, meaning: 'the sending IP is on a Spamhaus block list Yahoo consults', cause: 'smtp.blocked' },
    ],
  },
  {
    provider: 'Outlook.com',
    source:
      'Microsoft Outlook.com postmaster (Sender Support): replies with the block-list codes S3140/S3150, the SC-, OU- and DY- policy codes, and S3114 for reputation rate limiting',
    find: /\b(S31[145]\d|(?:SC|OU|DY)-00\d)\b/g,
    tags: [
      { tag: /^S311\d$/, meaning: 'the sending IP is rate limited because of its reputation', cause: 'smtp.rate-limited' },
      { tag: /^S31[45]\d$/, meaning: "part of the sender's network is on Microsoft's block list", cause: 'smtp.blocked' },
      { tag: /^(?:SC|OU|DY)-00\d$/, meaning: 'Outlook.com refuses mail from the sending IP for policy or reputation reasons', cause: 'smtp.blocked' },
    ],
  },
  {
    provider: 'AOL',
    source:
      'AOL Postmaster: List of Errors (RTR, RLY and HVU blocks, e.g. 554 RTR:BL "a permanent block has been placed against your IP due to poor IP reputation", 554 RLY:B1 a dynamic block after member complaints); AOL Postmaster: RTR/RLY/DNS Block Removal Request',
    find: /\b((?:RTR|RLY|HVU):[A-Z]{1,2}\d?)\b/g,
    tags: [
      {
        tag: /^(?:RTR|RLY|HVU):/,
        meaning: 'AOL refuses mail from the sending IP: its reputation, complaints, or a dynamic or residential address',
        cause: 'smtp.blocked',
      },
    ],
  },
  {
    provider: 'Comcast',
    source: 'Comcast postmaster: Mail delivery error codes (BL, ES and RL codes)',
    find: /\b((?:BL|ES|RL)0[01]{2,5})\b/g,
    tags: [
      { tag: /^RL/, meaning: 'the sending IP exceeded Comcast connection or message rate limits', cause: 'smtp.rate-limited' },
      { tag: /^(?:BL|ES)/, meaning: 'the sending IP is on a block list or in dynamic/residential address space', cause: 'smtp.blocked' },
    ],
  },
  {
    provider: 'NetEase (163.com / 126.com)',
    source: 'NetEase Mail help: bounce codes explained (退信代码说明)',
    find: /\b(HL:(?:REP|ICC|IFC|MEP)|MI:(?:DMC|SFQ)|RP:DRC|DT:RBL|WM:BL[IU])\b/g,
    tags: [
      {
        tag: /^(?:HL:(?:ICC|IFC)|MI:(?:DMC|SFQ)|RP:DRC)$/,
        meaning: 'too many connections, messages or recipients from this sender or IP',
        cause: 'smtp.rate-limited',
      },
      {
        tag: /^(?:HL:(?:REP|MEP)|DT:RBL|WM:BL[IU])$/,
        meaning: 'the sending IP or user is refused: abnormal sending, a block list, or not on the allowed list',
        cause: 'smtp.blocked',
      },
    ],
  },
];
