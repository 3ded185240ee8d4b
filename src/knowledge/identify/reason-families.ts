// Reason families read by nearness, not by phrase: a refusal names its reason with a topic word (relay, IP, mails,
// connections) and a verdict word (denied, blocked, too many) close together, in whatever order and wording the server
// chose. The documented phrases in smtp-reasons.ts are read first; a family speaks only when none of them did.
import type { CauseId } from '../index.js';

/** How far apart, in characters, a topic and its verdict may stand and still be one statement. */
const NEAR = 40;

interface Family {
  cause: CauseId;
  topic: RegExp;
  verdict: RegExp;
}

/** Either word first, at most NEAR characters of the same clause between them. */
function near({ topic, verdict }: Family): RegExp {
  // A dot inside an address or a name (192.0.2.1, mx.example.com) does not end the clause; one before a space does.
  const gap = `(?:[^.;\\n]|\\.(?=\\S)){0,${NEAR}}?`;
  return new RegExp(`(?:${topic.source})${gap}(?:${verdict.source})|(?:${verdict.source})${gap}(?:${topic.source})`, 'i');
}

/** Ordered: the first family whose topic and verdict stand near each other names the reason. A limit reached comes
 * before a refused client, since servers often say both ("IP rejected: too many mails"). */
const FAMILIES: readonly Family[] = [
  // RFC 5321 section 3.6.2: a server that is no relay for the domain refuses the recipient; servers word that refusal
  // around "relay" with any word of refusal.
  {
    cause: 'smtp.relay-denied',
    topic: /\brelay(?:ing|ed)?\b(?!=)|\brcpthosts\b/,
    verdict:
      /\b(?:denied|refused|rejected|prohibited|forbidden|disallowed|restricted|blocked|unauthori[sz]ed|not (?:permitted|allowed|authori[sz]ed|possible)|cannot|can't|unable|no)\b/,
  },
  // RFC 6409 section 6.1: a submission server may refuse a From or envelope sender the authenticated user does not own;
  // the words are a sending identity beside a word of refusal or of a failed ownership or verification check.
  {
    cause: 'smtp.sendas-denied',
    topic:
      /\bsend(?:ing)? (?:e-?mails? |mails? |messages? )?(?:as|on behalf of)\b|\bsend(?:ing)? (?:e-?mails? |mails? |messages? )?from (?:this|that|the) (?:address|sender|identity)\b|\b(?:from|sender|envelope|return) address\b|\b(?:sender|from) identity\b/,
    verdict:
      /\bnot (?:allowed|permitted|authori[sz]ed|owned|verified|registered|yours)\b|\bno (?:permission|right)s?\b|\b(?:does not|doesn't|do not|don't) (?:have (?:the )?permissions?|own|belong|match)\b|\bmismatch(?:ed)?\b|\bunverified\b/,
  },
  // RFC 3207: a server without the STARTTLS extension answers the command as unknown or says it has none.
  {
    cause: 'tls.starttls-not-offered',
    topic: /\bstarttls\b|\bstls\b/,
    verdict:
      /\bnot (?:available|supported|offered|advertised|implemented|recogni[sz]ed|enabled)\b|\b(?:unavailable|unsupported|unknown|unrecogni[sz]ed|disabled)\b/,
  },
  // A limit on what one sender may send in a span of time (RFC 3463 X.4.5 congestion, X.7.x policy limits; providers'
  // sending limits): a count word beside a word of excess. "to many" is kept: servers written by non-native speakers say it.
  {
    cause: 'smtp.rate-limited',
    topic: /\b(?:e-?mails|mails|messages|connections|sessions|recipients|requests|deliveries|attempts)\b/,
    verdict:
      /\b(?:too?|so) many\b|\bexceed(?:s|ed|ing)?\b|\b(?:limit|quota)(?:s|ed)? (?:reached|hit)\b|\btoo (?:fast|quick(?:ly)?|often|frequent(?:ly)?)\b|\bper (?:second|minute|hour|day)\b|\bin the last \d+ (?:seconds?|minutes?|hours?)\b/,
  },
  // A per-connection or per-period maximum that was reached ("Max message per connection reached").
  {
    cause: 'smtp.rate-limited',
    topic: /\bper (?:connection|session|second|minute|hour|day)\b/,
    verdict: /\b(?:reached|exceeded|hit)\b/,
  },
  // The same limit worded as the sender's volume or usage being too heavy ("restricted due to heavy usage").
  {
    cause: 'smtp.rate-limited',
    topic: /\b(?:usage|volume|traffic)\b/,
    verdict: /\b(?:heavy|excessive|unusual|abnormal|too (?:high|much)|high)\b/,
  },
  // RFC 3463 X.2.2: the recipient's mailbox is over its administrative quota or physical capacity; servers word it as the
  // mailbox's storage with a limit reached or used up, in whatever order ("storage limit has been reached").
  {
    cause: 'smtp.mailbox-full',
    topic: /\b(?:storage|mail ?box size|inbox size)\b/,
    verdict:
      /\b(?:limit|quota|capacity|maximum|allocation)\b[^.;\n]{0,20}\b(?:reached|exceeded|hit)\b|\b(?:reached|exceeded|exceeds|hit)\b[^.;\n]{0,20}\b(?:limit|quota|capacity|maximum|allocation)\b|\b(?:exhausted|used up|full)\b/,
  },
  // The same state said of whose space it is: the mailbox's, the account's, the user's or the recipient's (singular: a
  // quota of "recipients" is a count) space, quota or storage, beside a word of excess or of lack ("mailbox space not
  // enough", "the user's quota has been exceeded", "recipient quota limit is exceeded").
  {
    cause: 'smtp.mailbox-full',
    topic:
      /\b(?:mail ?box|inbox|mail ?folder|account|user(?:'s)?|recipient(?:'s)?|addressee(?:'s)?)(?: (?:disk|storage|mail ?box|e-?mail|mail))? (?:space|quota|storage|disk space)\b|\b(?:space|quota|storage) (?:of|for) (?:the |this |that )?(?:mail ?box|inbox|account|user|recipient)\b/,
    verdict: /\b(?:insufficient|not (?:enough|sufficient)|exceed(?:s|ed)?|exhausted|used up|full|reached|over)\b/,
  },
  // The connecting client itself refused: its IP address, host or reverse DNS name beside a word of refusal or of bad
  // standing (RFC 3463 X.7.1 used for client blocks; RFC 8904 DNS whitelists and blocklists; RFC 1912 section 2.1 PTR).
  // "Connection refused" beside an address is a socket error, not a refusal of the client.
  {
    cause: 'smtp.blocked',
    topic:
      /\bIP(?:v[46])?(?: ?(?:address|adress|addr))?\b|\b(?:from|for) \d{1,3}(?:\.\d{1,3}){3}\b(?![.:]\d)|\bclient (?:host|ip)\b|\b(?:your|sending|connecting|remote|source|client) (?:host|server|network|mta)\b|\[\d{1,3}(?:\.\d{1,3}){3}\]|\breverse (?:dns|look-?up|look|name|record)\b|\brdns\b|\bptr\b/,
    verdict:
      /\b(?:blocked|banned|suspended|black-?listed|block-?listed|listed|bad|poor|low|reputation|rejected|rejecting|refusing|blocking|denying|(?<!connection )refused|denied|restricted|not (?:allowed|permitted|accepted|welcome)|no access|(?:do|does|did) not have|missing|(?<!=)no|without)\b/,
  },
];

/** Each family as one expression, compiled once. */
const COMPILED: ReadonlyArray<[RegExp, CauseId]> = FAMILIES.map((f) => [near(f), f.cause]);

/** A request to take the sender off a list: only a block is lifted that way. */
const DELISTING =
  /\b(?:request(?:ing)?|ask(?:ing)? for|apply for|submit) (?:the )?(?:removal|delisting|de-listing)\b|\bremoval of the block\b|\bdelist(?:ing)?\b/i;

/** The reason a family names in a reply's words, when the documented phrases named none. */
export function familyReason(text: string): CauseId | undefined {
  for (const [re, cause] of COMPILED) if (re.test(text)) return cause;
  return DELISTING.test(text) ? 'smtp.blocked' : undefined;
}
