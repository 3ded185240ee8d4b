// Reason words in an SMTP reply's text: when a code only says "refused" or "unavailable", the words after it say why.
import type { CauseId } from '../index.js';
import { familyReason } from './reason-families.js';

/** How servers say a recipient does not exist when they say it in words of their own: an unknown, invalid or unavailable
 * user, a user "not known" or "not of this server", no mailbox "here by that name", an address that "no longer" lives on
 * the server or was reported unknown before, a malformed recipient address, and the same in Japanese, Chinese and Korean.
 * Short refusals like these carry no code, so the words alone have to say it. */
export const RECIPIENT_UNKNOWN =
  /\b(?:invalid|unknown|unavailable|non-?existent|nonexisting) (?:mail |e-?mail |local )?(?:user|recipient|addressee|mailbox)\b(?! \S+ from\b)|\b(?:user|recipient|addressee|mailbox|account) (?:is |was )?not known\b|\bnot (?:a |an )?(?:valid |known |local )?(?:user|member|recipient|mailbox|account) (?:of|on|at|in) (?:this|the|our) (?:server|domain|system|host|site)\b|\b(?:don't|doesn't|does not|do not) exists? (?:that|this|the|such) (?:user|mailbox|recipient|account)\b|\bno (?:such |valid )?(?:mailbox|user|account|recipient) (?:here )?by that name\b|\b(?:recipient|user|mailbox|address|account)\b[^.\n]{0,15}\bno longer (?:on|at|with|exists? on|hosted (?:on|at)) (?:this |the |our )?(?:server|host|system|domain)\b|\b(?:recipients?|address(?:es)?|users?)\b[^.\n]{0,40}\b(?:reported|marked|flagged|known) as (?:unknown|invalid|non-?existent|undeliverable)\b|\bbad (?:recipient|destination) (?:mailbox )?address(?: syntax)?\b|\b(?:address|mailbox|account|recipient|user)\b[^.\n]{0,20}\bno longer (?:active|valid|exists?|in use|available|accepts? (?:mail|messages|e-?mails))\b|\b(?:user|recipient|addressee) (?:does ?n[o']t|does not|has no)(?: have)? an? (?:[\w.-]+ )?(?:e-?mail )?account\b|\b(?:utente|destinatario) (?:sconosciuto|inesistente)\b|\bindirizzo (?:del destinatario )?inesistente\b|\b(?:usu[áa]rio|destinat[áa]rio) (?:desconhecido|inexistente)\b|\b(?:adresat|u[żz]ytkownik) (?:nieznany|nie istnieje)\b|\bnieznany (?:adresat|u[żz]ytkownik)\b|\b(?:Benutzer|Empf(?:ä|ae)nger|Postfach)(?:adresse)? (?:existiert nicht|nicht vorhanden|ist unbekannt)\b|(?:пользователь|адресат|получатель|ящик) (?:не найден|не существует)|нет такого (?:пользователя|ящика|адресата)|ユーザー?(?:は|が)(?:登録されていません|存在しません|見つかりません)|存在しないユーザー?|宛先不明|(?:用户|收件人|收信人)(?:不存在|未找到)|사용자가 (?:존재하지 않|없)|수신자 없음/i;

/** A full mailbox in the words of servers that do not write English, and English ones that only say "full": an account or
 * inbox "is full", a German "voll" or storage "erschöpft", Italian "piena" or a quota "superata", Portuguese "cheia",
 * Polish "pełna", Russian "переполнен" or a mailbox size "превышен", Japanese "一杯" or "容量超過", Chinese "已满". */
export const MAILBOX_FULL_WORDS =
  /\b(?:account|inbox|mail ?box|mail ?folder|mail ?drop)(?:'s)? (?:<[^<>\s]+> |\S+@\S+ )?(?:is |was )?(?:currently )?full\b(?![-\w])|\b(?:mail ?box|inbox|account)\b[^.\n]{0,20}\breached (?:its|the|their) (?:\w+ )?(?:limit|quota|capacity|maximum)\b|\b(?:Postfach|Mailbox|Mail-?Box|Speicher)(?: des Empf(?:ä|ae)ngers)? (?:ist )?voll\b|\bcasella (?:di posta |postale )?(?:del destinatario )?(?:è )?piena\b|\bcaixa (?:postal |de (?:correio|e-?mail) )?(?:est[áa] )?cheia\b|\bcaixa (?:de entrada|postal|de correio)\b[^.\n]{0,30}\bsem espa[çc]o\b|\bbuz[oó]n\b[^.\n]{0,30}\bsin espacio\b|\bskrzynka (?:pocztowa |odbiorcy )?(?:jest )?pe[łl]na\b|\bha superato la (?:sua )?quota\b|\bquota (?:superata|esaurita)\b|\bSpeicher(?:platz)?\b[^.\n]{0,25}(?:erschöpft|aufgebraucht)|(?:ящик|почтовый ящик) (?:получателя )?(?:переполнен|заполнен)|превышен[а-я]* (?:размер|объ[её]м|лимит|квота)[а-я]* (?:почтового )?ящика|メールボックス(?:が|は)(?:一杯|いっぱい|満杯)|容量(?:超過|オーバー)|邮箱(?:空间)?(?:已满|不足)|메일함(?:이)? (?:가득|용량 초과)/i;

/** The server could not check a login just now, which is not a refused password (RFC 4954: 454 4.7.0 "Temporary
 * authentication failure"): a word of authentication and a temporary failure in one clause, in either order ("cannot
 * authenticate due to a temporary system problem", "SASL authentication failed: temporary failure"), or the service that
 * checks passwords said to be unavailable (its socket out of reach is a wording of server-wordings.ts). A login
 * "temporarily" locked or blocked is no temporary failure: the verdict must be a failure, an error, a problem or
 * unavailability. */
export const TEMPORARY_AUTH =
  /\btemporary (?:authentication|auth|login) (?:failure|error|problem)\b|\b(?:authenticat\w*|auth|sasl|log ?in)\b[^.;\n]{0,40}?\btemporar(?:y|ily) (?:\w+ )?(?:failure|failed|error|problem|unavailable|not available)\b|\btemporar(?:y|ily) (?:\w+ )?(?:failure|error|problem)\b[^.;\n]{0,20}?\b(?:authenticat\w*|auth|sasl|log ?in)\b|\b(?:authentication|auth|sasl|password) (?:service|backend|server|system|daemon) (?:is )?(?:temporarily )?(?:unavailable|not available|unreachable|not reachable|not responding|down)\b/i;

/** The service that checks logins said to be out of reach, in whatever words and order: a backend of authentication
 * (its server, service, database or daemon) beside a word of a lost, refused or unanswered connection ("Connection lost to
 * authentication server", "cannot connect to the password database", "the auth server did not respond"), or a login that
 * cannot be checked "at present". Said after a refused-login code (535), it is still the backend that failed, not the
 * password (RFC 4954 454 4.7.0). */
const AUTH_BACKEND = String.raw`\b(?:authenticat\w*|auth|sasl|password|credentials?|login|user) (?:server|service|backend|back end|database|db|daemon|socket|provider|directory)\b`;
const UNREACHED = String.raw`\b(?:connection (?:lost|closed|refused|reset|failed|timed out)|(?:cannot|can't|could not|couldn't|unable to|failed to) (?:connect|contact|reach|talk|communicate)|not (?:responding|reachable|running|available)|(?:did not|didn't|does not|doesn't) (?:respond|answer)|unreachable|unavailable|no response|timed out)\b`;
export const AUTH_BACKEND_DOWN = new RegExp(
  `${UNREACHED}[^.;\n]{0,30}?${AUTH_BACKEND}|${AUTH_BACKEND}[^.;\n]{0,30}?${UNREACHED}|\\b(?:unable to|cannot|can't|could not) authenticate (?:\\w+ )?(?:at present|at (?:the|this) (?:moment|time)|right now|currently)\\b`,
  'i',
);

/** A resolver that failed for now, not a name that does not exist: Postfix's "Host not found, try again" (TRY_AGAIN) and
 * "Malformed or unexpected name server reply", a SERVFAIL worded "DNS server returned general failure". */
export const TEMPORARY_DNS =
  /\bhost not found, try again\b|\bname service error\b[^\n]{0,80}\btry again\b|\bDNS server returned (?:a )?general failure\b|\bmalformed or unexpected name server reply\b|\btemporary (?:DNS|name (?:server|service)|resolver) (?:failure|error)\b/i;

/** Refusals in French, German, Italian, Spanish and Portuguese, one family each (TLS demanded and an IP not on the
 * receiver's allow list are Gmail's documented reasons as providers translate them): servers localise their replies, so the
 * reason words of a reply are read in those languages too (no word boundary after accented letters: \b is ASCII-only). */
export const FOREIGN_REASONS: ReadonlyArray<[RegExp, CauseId]> = [
  [
    /\b(?:authentification (?:requise|n[ée]cessaire|obligatoire)|authentifizierung (?:ist )?(?:erforderlich|notwendig)|autenticazione (?:richiesta|obbligatoria)|autenticaci[oó]n (?:requerida|obligatoria)|autentica[cç][ãa]o (?:necess[áa]ria|obrigat[óo]ria))/i,
    'smtp.auth.client-not-authenticated',
  ],
  [
    /\brela(?:y|is|ying)\b[^.\n]{0,10}(?:non (?:consentito|autorizzato|permesso)|refus[ée]|interdit|non autoris[ée]|nicht (?:erlaubt|gestattet)|no (?:permitido|autorizado)|n[ãa]o (?:permitido|autorizado))/i,
    'smtp.relay-denied',
  ],
  [
    /\b(?:spam|posta indesiderata)\b[^.\n]{0,15}(?:rilevat[oa]|erkannt|d[ée]tect[ée]|detectad[oa])|\b(?:consid[ée]r[ée]|identifi[ée]|class[ée]) comme (?:spam|ind[ée]sirable)|\bals spam (?:erkannt|eingestuft|abgelehnt)|\b(?:rechazad|rejeitad|rifiutat)[oa] (?:por|como|come|perch[ée]) spam/i,
    'smtp.spam-rejected',
  ],
  [
    /\b(?:zu schnell|trop (?:rapidement|vite)|troppo (?:velocemente|rapidamente)|demasiado r[áa]pid[oa]|muito r[áa]pido|r[áa]pido demais|troppi (?:messaggi|invii|email)|trop de (?:messages|courriels|e-?mails|envois)|zu viele (?:nachrichten|e-?mails|mails|verbindungen)|demasiados (?:mensajes|correos|env[ií]os|conexiones)|(?:muitas|demasiadas) (?:mensagens|conex[õo]es))/i,
    'smtp.rate-limited',
  ],
  [
    /\b(?:messaggio|nachricht|e-?mail|mail|mensagem|correo)\b[^.\n]{0,15}(?:troppo grande|zu gro(?:ß|ss)|muito grande|demasiado grande)/i,
    'smtp.message-too-large',
  ],
  [
    /\b(?:domaine (?:inexistant|introuvable|inconnu)|domain (?:existiert nicht|unbekannt)|dominio (?:inesistente|inexistente|sconosciuto|desconocido)|dom[íi]nio (?:inexistente|desconhecido))/i,
    'smtp.host-unknown',
  ],
  [
    /\b(?:tls|ssl|starttls|verschl(?:ü|ue)sselung|crittografia(?: tls)?|chiffrement|cifrado)\b[^.\n]{0,25}(?:erforderlich|notwendig|richiest[ao]|obbligatori[ao]|requis|obligatoire|requerid[oa]|obligatori[oa]|necess[áa]ri[oa])/i,
    'smtp.starttls-required',
  ],
  [
    /\bnicht auf (?:der )?wei(?:ß|ss)(?:e[nr]?)? liste\b|\bnon (?:(?:è )?(?:nell'|nella )?(?:elenco|lista) (?:degli |dei )?(?:ip |indirizzi )?autorizzat[ioe]|in whitelist)\b|\bpas (?:dans|sur) la liste blanche\b|\bno (?:est[áa] )?en la lista blanca\b/i,
    'smtp.blocked',
  ],
  [
    /\br[ée]essay(?:ez|er) plus tard|\b(?:rejeitou|recusou) temporariamente|\brechaz[óo] temporalmente|\btemporairement (?:rejet|refus)|\bvor(?:ü|ue)bergehend abgelehnt|\btemporaneamente (?:rifiutat|respint)|\bsp(?:ä|ae)ter (?:erneut|nochmal|noch einmal)|\briprova(?:re)? pi[ùu] tardi|\bint[ée]ntelo (?:de nuevo )?m[áa]s tarde|\btente (?:novamente )?mais tarde/i,
    'smtp.server-busy',
  ],
];

/** An unreachable network or host, as errno texts (POSIX ENETUNREACH, EHOSTUNREACH) word it in a delivery log. */
const UNREACHABLE: [RegExp, CauseId] = [/\bnetwork is unreachable\b|\bno route to host\b/i, 'tcp.unreachable'];

/** Socket errors as a mail server's delivery log words them after a network status code (errno texts, POSIX). */
export const SOCKET_ERRORS: ReadonlyArray<[RegExp, CauseId]> = [
  // "Connection refused from <client>" is a server refusing that client (a block), never a socket's errno text.
  [/\bconnection refused\b(?! from\b)/i, 'tcp.refused'],
  [/\bconnection reset\b/i, 'tcp.reset'],
  UNREACHABLE,
];

/** Ordered: the first pattern that matches names the reason. */
const REASONS: ReadonlyArray<[RegExp, CauseId]> = [
  [TEMPORARY_AUTH, 'smtp.auth.temporary'],
  [AUTH_BACKEND_DOWN, 'smtp.auth.temporary'],
  [TEMPORARY_DNS, 'dns.server-unreachable'],
  // A network status code (4.4.1 no answer) names its socket error in words: an unreachable network is no timeout.
  UNREACHABLE,
  [
    /\bauth (?:login|plain|cram-md5|ntlm|xoauth2?|gssapi)\b[^.]{0,20}\bnot (?:supported|available|enabled)\b|\b(?:auth(?:entication)? mechanism|authentication type|mechanism \w+)\b[^.]*\bnot (?:available|supported|enabled)|\bunrecognized authentication type|\bunsupported (?:authentication|auth|sasl) (?:mechanism|type|method)/i,
    'mail.auth.mechanism-unavailable',
  ],
  // A sender that is not who it claims to be (spoofed, forged, impersonated), and an envelope sender that does not match the
  // header From (the alignment DMARC checks, RFC 7489 section 3.1): a check of the sender's authenticity, not of the
  // account's right to send as an address, which a submission server words around the login instead. A spam filter's
  // symbol names (FORGED_SENDER) are no verdict.
  [
    /\b(?:spoof(?:ed|ing)?|forged|forgery|impersonat(?:ion|ing|ed|es))\b(?![_(])|\b(?:mail from|envelope (?:sender|from)|return-path|smtp from)\b[^.\n]{0,40}\b(?:mismatch(?:ed)?|(?:does not|doesn't|do not|don't) match|differs?)\b[^.\n]{0,40}\bheader\b/i,
    'smtp.policy-rejected',
  ],
  // Zoho writes "553 Relaying disallowed as <from>" for a From address the account does not own (Zoho ZeptoMail, SMTP
  // Error Codes); Proton Mail Bridge "invalid return path: not owned by user" for the same.
  [
    /\bsend (?:as|on behalf)\b|\bsendasdenied\b|\bmust (?:equal|match|be the same as) (?:the )?(?:authori[sz]ed|authenticated|login) user\b|\brelaying disallowed as\b|\bnot owned by (?:the )?(?:authenticated |logged[- ]in )?user\b|\b(?:e-?mail )?address is not verified\b|\b(?:sender|from) (?:address )?(?:is )?not allowed for (?:this|your) (?:account|user|login)\b|\b(?:does not|doesn't) belong to (?:the )?(?:logged[- ]in|authenticated) user\b|\bfrom address (?:does not|doesn't) match\b|\bidentities failed the check\b|\b(?:does not|doesn't) match a verified sender\b|\bnot authori[sz]ed to send from (?:that|this) (?:e-?mail )?address\b|\b(?:sender|user|you|account|mailbox) (?:is |are )?not (?:allowed|permitted|authori[sz]ed) to send (?:from|as|on behalf of)\b|\bnot authori[sz]ed to perform [`'\x22]?ses:Send(?:Raw)?Email\b/i,
    'smtp.sendas-denied',
  ],
  [/\b(?:tls|starttls|encryption)\b[^.]{0,30}\bnot (?:offered|advertised|available)\b/i, 'tls.starttls-not-offered'],
  [
    /\btls (?:is )?required\b|\bmust use (?:tls|ssl|encryption)\b|\bmust issue a starttls\b|\b(?:please )?use starttls\b|\bstarttls (?:is )?required\b|\bencryption (?:is )?required\b(?! for (?:the )?requested authentication)/i,
    'smtp.starttls-required',
  ],
  [/^\W*(?:smtp )?auth(?:entication)? (?:is )?disabled\b/i, 'mail.auth.mechanism-unavailable'],
  [/\btemporary (?:[\w-]+ )?(?:dns )?lookup failure\b/i, 'smtp.server-busy'],
  // Sender authentication named (SPF, DKIM, DMARC: RFC 7208, 6376, 7489) is more precise than a demand to authenticate.
  [
    /\b(?:(?:open)?spf|dkim|dmarc|unauthenticated (?:email|mail|sender)|sender is unauthenticated|authentication checks|authentication information|fails? to pass (?:sender )?authentication|sender authori[sz]ation check)\b/i,
    'smtp.policy-rejected',
  ],
  // A recipient or group that accepts mail only from some senders (Exchange's delivery restrictions, RFC 3463 X.7.1
  // "delivery not authorized"): the sender may send, just not to this recipient; said before the demand to log in that
  // the same replies often contain ("not authenticated for group").
  [
    /\b(?:not (?:allowed|permitted|authori[sz]ed)|(?:do|does|did) ?n[o']t have (?:the )?permissions?|no permissions?) to send (?:e-?mails? |messages? |mail )?to (?:this|that|the|these) (?:recipients?|group|list|mailbox|distribution list|address)\b|\b(?:group|list|mailbox|recipient)\b[^.\n]{0,40}\bonly accepts? (?:messages|mail|e-?mails?)\b|\b(?:weren't|were not|aren't|are not|isn't|is not|wasn't|was not) recogni[sz]ed as a valid sender\b|\bdelivery restrictions?\b/i,
    'smtp.policy-rejected',
  ],
  [
    /\bnot authenticated\b|\bnot logged in\b|\brequires? (?:smtp )?auth(?:entication)?\b|\bauth(?:entication)? (?:is )?(?:needed|necessary)\b|\bplease authenticate\b|\bmust (?:first )?log ?in\b|\blog ?in (?:first|required)\b|\b(?:smtp )?auth(?:entication)? (?:is )?required\b|\bunauthenticated (?:senders?|relay(?:ing)?|submission|sending|users?|clients?|connections?)\b|\bmust (?:first )?authenticate\b|\bplease (?:log ?in|authenticate)(?: first| before)\b|\bauthenticate before send|\b(?:please )?use (?:smtp )?auth(?:entication)?\b(?! \w+ (?:failed|error))|\bauthenticate first\b/i,
    'smtp.auth.client-not-authenticated',
  ],
  [
    /\bsender verif(?:y|ication) failed\b|\bverification failed for <|\bsender address rejected\b|\bsender (?:domain|address) (?:must|does not|doesn't|not)\b/i,
    'smtp.sender-rejected',
  ],
  [/\brfc ?5322\b|\bfrom:? header\b/i, 'smtp.policy-rejected'],
  [
    /\b(?:invalid|bad) helo\b|\bhelo\b[^.]*\b(?:rejected|invalid|not allowed)\b|\b(?:helo|ehlo)\b[^.\n]{0,40}\b(?:should|must) be (?:an? )?(?:fqdn|fully[- ]qualified|valid)\b/i,
    'smtp.policy-rejected',
  ],
  // Mimecast's documented greylisting reply is "451 Internal resource temporarily unavailable" (Mimecast SMTP Error Codes).
  // Exim logs an ACL's "defer" as "temporarily rejected RCPT <address>" with the ACL's message after a colon; with none,
  // the deferral gave no reason but the request to come back (The Exim specification, "Access control lists").
  [
    /\btemporarily rejected (?:RCPT|MAIL|DATA|after DATA)\b(?:\s*<[^>\s]*>)?(?!\s*:\s*\S)|\binternal resource (?:is )?temporarily unavailable\b|\b(?:grey|gray)[- ]?list|\b(?:grey|gray)\b|\bliste grise\b|\blista (?:gris|grigia|cinza|cinzenta)\b|\bgraue(?:n)? liste\b|\bgreylisting\b|\bcome back (?:later|in \d+)\b|\btry again in \d+ (?:seconds?|minutes?)\b/i,
    'smtp.greylisted',
  ],
  [
    /\b(?:authentication|auth)(?: command)? (?:is )?not (?:enabled|available|advertised|supported|allowed|implemented)|\bwhen not advertised\b|\b(?:invalid|unknown|unrecognized|unsupported) (?:(?:authentication|auth|sasl) )?mechanism|\bno (?:auth(?:entication)? )?mechanisms? (?:available|supported)/i,
    'mail.auth.mechanism-unavailable',
  ],
  [
    /\btls not available\b|\bstarttls (?:is )?(?:not available|unavailable|not supported|not offered)\b|\b(?:server|host)\b[^.\n]{0,20}\b(?:does not|doesn't) support (?:TLS|SSL|STARTTLS|encryption)\b/i,
    'tls.starttls-not-offered',
  ],
  [/\blines? (?:is |are )?too long\b|\bline length\b[^.]*\bexceed/i, 'smtp.content-rejected'],
  [
    /\bnot allowed to connect\b|\b(?:access|connections?) from (?:your )?(?:ip|host|server)\b[^\n;]{0,40}?\b(?:blocked|denied|refused|rejected|not (?:allowed|accepted))\b|\bconnections? from \S+ (?:\([^)]*\) )?(?:are|is) (?:being )?(?:rejected|refused|blocked)\b|\bconnections? (?:will|shall) not be accepted from\b|\binvalid ip (?:address )?for sending\b|\b(?:action|command) not taken: (?:invalid|rejected|blocked|banned) (?:client |sender )?ip\b|\bip (?:address )?(?:is |was |has been )?(?:temporarily |permanently )?(?:rejected|refused|banned|blocked|blacklisted|blocklisted)\b|\b(?:indirizzo ip|IP[- ]Adresse|adresse ip|direcci[oó]n ip|endere[cç]o ip)\b[^.\n]{0,20}\b(?:bloccat[oa]|gesperrt|blockiert|bloqu[ée]e|bloquead[oa]|bannie|rifiutat[oa])|\bno ptr record\b|\b(?:does not|doesn't) have a (?:ptr|reverse dns) record\b|\bnot (?:in|on) (?:the |our )?(?:white ?list|allow ?list)\b|\bconnection (?:refused|rejected) (?:by|from)\b.*\b(?:policy|listed|block)/i,
    'smtp.blocked',
  ],
  // What was refused decides: a refused client host or IP is a block of the client (Postfix access(5) "Client host
  // rejected", RFC 3463 X.7.1), whatever else the reply says of it ("blocked, you may be infected" speaks of the host).
  [
    /\b(?:(?:client|sending|connecting|remote) (?:host|ip(?: address)?|server)|client address)\b[^\n;]{0,40}?\b(?:rejected|blocked|banned|refused|denied)\b(?![^\n]*\btry (?:again )?later\b)/i,
    'smtp.blocked',
  ],
  // An address written right after the refusal's colon is what was refused: the connecting client ("Access denied: <IP>").
  [/\b(?:denied|rejected|refused|blocked|banned)\s*[:,-]\s*\[?\d{1,3}(?:\.\d{1,3}){3}\]?(?![.\d])/i, 'smtp.blocked'],
  // "Infected" said of a host or of "you" is a compromised client (a blocklist's reason), not infected content.
  [
    /\b(?:virus|malware|trojan|malicious|illegal attachment|security issue)\b|(?<!\b(?:host|ip|computer|machine|you)\b[^.\n]{0,25})\binfected\b/i,
    'smtp.content-rejected',
  ],
  [
    /\b(?:banned|forbidden|prohibited|unsafe|dangerous|disallowed|blocked|rejected|refused) (?:content|attachments?|file ?types?|files?|extensions?)\b|\b(?:vba )?macros?\b[^.]{0,30}\b(?:found|detected|not allowed)\b|\bcontent restrictions?\b|\b(?:attachments?|file ?(?:types?|extensions?)|extensions?)\b[^.\n]{0,20}\b(?:not (?:allowed|permitted|accepted)|forbidden|prohibited|blocked|banned|rejected|refused)\b|\b(?:message )?content (?:rejected|refused|not accepted)\b/i,
    'smtp.content-rejected',
  ],
  [
    /\b(?:prohibited|banned|forbidden|blocked|blacklisted) (?:domain|url|link|word|phrase|content)s?\b[^\n]{0,40}\b(?:body|content|text)\b|\bin the body of (?:your|the|this) (?:e-?mail|message)\b/i,
    'smtp.content-rejected',
  ],
  // Yahoo's TSS06/TSS09 ("All messages from <ip> will be permanently deferred"), greetings that refuse the connection, and
  // a connection refused "from" a named client.
  [
    /(?:\[|<|\b)\d{1,3}(?:\.\d{1,3}){3}(?:\]|>|\b)\.?\s+(?:is|has been|was) (?:blocked|blacklisted|banned|block ?listed)\b|\bmessages from \S+ (?:were ?n[o']t|were not|will not be|are not) (?:sent|accepted)\b|\bpermanently deferred\b|\b(?:this |your )?connection (?:is|has been|was) (?:being )?(?:blocked|refused|rejected)\b|\bconnections? (?:(?:is|are|was|were|has been|have been) )?(?:refused|rejected|denied|blocked|not accepted) from\b|^\s*blocked\b/i,
    'smtp.blocked',
  ],
  [
    /\b(?:spamhaus|spamcop|barracuda|sorbs|uceprotect|psbl|spamrats|mailspike|dnsbl|rbl|block ?list(?:ed)?|black ?list(?:ed)?|deny ?list(?:ed)?|blocked using|listed (?:at|on|in|by)|(?:poor|low|bad) (?:ip |domain |sender |e-?mail |sending )?reputation|ip reputation|reputation of the sending|ptr record|reverse dns|rdns|dynamic (?:ip|address|pool|range)s?|dial-?up|residential (?:ip|address|range)s?|sperrliste|schwarze(?:n)? liste|liste noire|lista (?:negra|nera|de bloqueo|di blocco))\b/i,
    'smtp.blocked',
  ],
  [/\b(?:in|on) (?:the |a )?(?:PBL|SBL|XBL|CBL)\b/, 'smtp.blocked'],
  // Spam said of the client, not of this message: complaints about or spam sent from its IP, host or network, or the
  // client blocked for sending spam, is a refusal of the client (its reputation), read before spam in the message.
  [
    /\bspam\w*\b[^.\n]{0,30}\bfrom (?:your|this|the sending|the connecting) (?:ip(?: address)?|network|server|host|mta)\b|\b(?:ip(?: address)?|server|host|network|mta)\b[^.\n]{0,30}\b(?:blocked|banned|listed|blacklisted|blocklisted)\b[^.\n]{0,15}\bfor (?:sending )?spam\b|\b(?:your|the sending|the connecting|this) (?:ip(?: address)?|(?:mail )?server|host|network|mta)\b[^.\n]{0,40}\b(?:(?:a |known )?source of spam|spam (?:source|sender)|spammer|sending spam)\b/i,
    'smtp.blocked',
  ],
  [/\b(?:spam|unsolicited|junk mail|bulk mail|(?:mail|message) score)\b|\bDT:SPM\b/i, 'smtp.spam-rejected'],
  [
    /\brelay(?:ing)?\b.*\b(?:denied|not permitted|not allowed|prohibited|refused)|\b(?:unable|not permitted|not allowed) to relay\b|\b(?:do|does|will) not relay\b|\bno relaying\b|\bin my list of allowed rcpthosts\b|\bnot (?:in|on) (?:my|the|our) list of (?:allowed|permitted|accepted|local) (?:rcpt ?)?(?:hosts|domains)\b|\b(?:does not|doesn't|do not|don't|will not|won't) (?:accept|handle|take) (?:mail|e-?mail|messages) for (?:that|this|the|your) domain\b|\bmail for \S+ (?:is )?not accepted here\b/i,
    'smtp.relay-denied',
  ],
  [
    /\b(?:maximum )?(?:number of )?(?:concurrent )?connections\b[^.]{0,30}\bexceeded\b|\brate\b[^.]{0,30}\bexceeded\b|\bexceeded (?:your|the|its|their) (?:\w+ )?(?:messaging|sending) limits?\b|\b(?:recipients|messages|e-?mails) per (?:day|hour|minute)\b|\bconnection limit\b|\btrop de connexions\b|\bfrequency (?:limited|limit(?:ation)?|too high)\b|\btoo (?:much|many) fail(?:ed)? (?:auth\w*|log ?ins?)\b|\bnumber of (?:allowed )?(?:outgoing |sent )?(?:messages|e-?mails|recipients)\b[^.]{0,40}\bexceeded\b|\bexceeded (?:their|its|the|your) limit for the number of\b|\breached (?:the|your|a) (?:\w+ )?limit of (?:messages|e-?mails|recipients)\b|\byou (?:have )?exceeded your (?:[\w-]+ )?(?:quota|allowance|limit)\b|\b(?:maximum )?credits? (?:exceeded|(?:limit )?reached)\b|\btoo frequent(?:ly)?\b|\bmessages? from \S+ (?:temporarily )?deferred\b/i,
    'smtp.rate-limited',
  ],
  [
    /\b(?:sending (?:limit|quota)|daily (?:user )?(?:sending|smtp relay) (?:limit|quota)|submission quota|message rate limit exceeded|sending rate|throttling failure)\b|\b(?:daily|hourly|organi[sz]ation|queue|outbound|submission|relay|connection|thread|concurrency)(?: \w+)? (?:quota|limit|threshold) (?:exceeded|reached)\b/i,
    'smtp.rate-limited',
  ],
  [MAILBOX_FULL_WORDS, 'smtp.mailbox-full'],
  [
    /\bmailbox (?:size )?exceeds?\b|\bmailbox\b[^.]{0,30}\bexceeds? (?:the |its )?(?:allowed|maximum) (?:size|quota|storage)\b|\bmailbox would exceed\b|\b(?:storage|mailbox|disk) (?:limit|quota) (?:reached|exceeded)\b|\b(?:over|exceeded|reached) (?:its |the |their |his |her )?(?:storage|mailbox|disk|space) (?:limit|quota|capacity)\b|\bover capacity\b|\bmailbox\b[^.]{0,30}\b(?:reached|exceeded) (?:its |the )?(?:maximum |max )?(?:allowed )?(?:size|capacity|storage)\b|\b(?:mailbox|inbox)\b[^.]{0,20}\bexceeded (?:its |the |their )?quota\b|\bquota (?:reached|full)\b|\bmail ?folder is full\b|\bquota violation\b|\bqq trouble in home directory\b|\bhas exceeded (?:their |his |her |the |its )?quota\b|\bspace has been used up\b|\b(?:insufficient|not sufficient|not enough) (?:disk |storage )?space\b|\bno space left on device\b|\bexhausted (?:the |its |their |his |her )?(?:allowed |available )?(?:storage|disk|mailbox) (?:space|quota)\b|\btoo many (?:messages|mails|e-?mails) (?:on the server|in (?:the |this |his |her |their )?mailbox)\b|\bSpeicher(?:volumen|platz|kontingent) (?:ist )?(?:ü|ue)berschritten\b|\bbo[iî]te (?:du destinataire |aux lettres )?pleine\b|\b(?:mailbox (?:is )?full|full mailbox|over (?:the |its |their )?(?:allowed )?(?:mailbox |storage |disk )?quota|quota exceeded|mailbox quota|mailbox (?:size )?limit|out of storage|storage allocation|disk quota)\b/i,
    'smtp.mailbox-full',
  ],
  // The server's own load, not the sender's volume: "too much load", "overloaded" (RFC 3463 X.3.x, X.4.5 congestion).
  [
    /\b(?:(?:too much|too high|high|heavy|excessive) (?:system |server |cpu )?load|(?:system |server )?load (?:is )?too high|overload(?:ed)?)\b/i,
    'smtp.server-busy',
  ],
  [
    /\b(?:(?<!\bretry )timeout exceeded|idle timeout|command timeout|timed out waiting for (?:the )?client|timeout waiting for (?:data from |input from )?(?:the )?(?:client|input)|(?:incoming )?data timeout|time ?out - closing connection)\b/i,
    'smtp.server-busy',
  ],
  [/\btoo many recipients\b/i, 'smtp.too-many-recipients'],
  [
    /\b(?:too many (?:connections|messages|emails|mails|requests|concurrent|errors|login attempts)|rate (?:limit )?exceeded|reached a limit for sending|rate[- ]?limit(?:ed|ing)?|throttl\w*|too (?:fast|quickly)|slow down|try again slower|exceeded the rate|receiving mail at a rate|too much (?:mail|e-?mail|traffic)|unexpected volume|excessive volume|user complaints)\b/i,
    'smtp.rate-limited',
  ],
  [/\b(?:mail(?:ing)? loop|loop detected|looping|too many hops|hop count)\b/i, 'smtp.mail-loop'],
  [
    /\b(?:message|mail|size|file)\b[^.]*\b(?:too (?:big|large)|exceeds?|exceeded)\b|\b(?:message|mail) ?size\b|\bmaximum (?:message )?size\b|\bmore than \d+ bytes\b|\btaille limite du message\b/i,
    'smtp.message-too-large',
  ],
  [
    /\b(?:host (?:or domain name )?not found|domain (?:name )?not found|unrouteable|no mx|null mx|domain does not exist|no such domain|host unknown|unknown domain|non-?existent domain|domain (?:is )?not reachable)\b|\b(?:the|this|that|your|recipient(?:'s)?|destination) domain\b(?:(?!\b(?:user|mailbox|account|recipient)\b)[^;\n]){0,60}?\b(?:does not|doesn't) exist\b|\b(?:recipient )?domain must exist\b|\bdomain (?:of|for) (?:the )?(?:recipient|destination)(?: address)?\b[^;\n]{0,30}?\b(?:does not|doesn't) exist\b|\bmail domain mentioned in (?:the )?e-?mail address is unknown\b|\bunroutable\b|\bunknown host\b|\b(?:has no|(?:does not|doesn't) have (?:any )?)(?:mail|mx|mail exchange) ?(?:servers?|hosts?|records?|exchangers?)\b|\bdomain\b[^.;\n]{0,40}\b(?:(?:could not|couldn't|cannot|can't) be resolved|(?:does not|doesn't|did not|didn't) resolve|unresolvable)\b|\b(?:could not|couldn't|cannot|can't) be found in (?:the )?(?:DNS|domain name (?:service|system))\b/i,
    'smtp.host-unknown',
  ],
  [/\b(?:mailbox|account|user)\b[^.]*\b(?:disabled|suspended|inactive|deactivated|locked|frozen)\b/i, 'smtp.mailbox-disabled'],
  [
    /\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|not found|unknown recipient|recipient (?:address )?rejected|invalid (?:recipient|mailbox)|mailbox unavailable|no mailbox|undeliverable address|address rejected|not a valid mailbox|unknown local[- ]part|no such (?:active )?account|recipient (?:address )?(?:is )?(?:unknown|invalid|not found))\b|\b(?:user|recipient) (?:does ?n[o']t|does not) have an?(?: [\w.-]+)? account\b/i,
    'smtp.recipient-rejected',
  ],
  [RECIPIENT_UNKNOWN, 'smtp.recipient-rejected'],
  [
    /\b(?:delivery time expired|retry timeout exceeded|message expired|queue\.expired|(?:been )?in the queue too long|giving up|gave up)\b|\bexpired after \d/i,
    'smtp.delivery-expired',
  ],
  [/\bwill keep trying\b|\bstill being retried\b|\b(?:delivery|message) (?:is |has been |was )?delayed\b|\bdelayed delivery\b/i, 'smtp.delivery-delayed'],
  [/\bsender (?:address |domain )?(?:is |was )?(?:not valid|invalid|rejected|refused|denied|not allowed|not accepted)\b/i, 'smtp.sender-rejected'],
  [
    /(?<!temporary )\bauth(?:entication)? (?:failed|failure)\b|\binvalid (?:credentials|user ?name or password|login)\b|\b(?:user ?name|password)(?: and password)? (?:not accepted|incorrect|invalid)\b/i,
    'smtp.auth.rejected',
  ],
  ...FOREIGN_REASONS,
];

/** The catch-all words of a refusal ("policy", "access denied", "try again later"): read after the families, which name more. */
const GENERIC_REASONS: ReadonlyArray<[RegExp, CauseId]> = [
  [
    /\b(?:polic(?:y|ies)|not authori[sz]ed|access denied|prohibited|administrative(?:ly)? prohibited|administrative prohibition|rejected by (?:the )?(?:recipient|content filter))\b/i,
    'smtp.policy-rejected',
  ],
  [
    /\b(?:service (?:is )?(?:currently )?(?:not available|unavailable|temporarily unavailable)|(?:server|system|host|mta|service) (?:is )?(?:too |currently )?busy|too busy|try (?:again |it )?later|temporar(?:y|ily) (?:local )?(?:failure|problem|unavailable)|temporary (?:server |system )?error|internal server error|local error in processing)\b|(?:zurzeit|vorübergehend|derzeit) nicht (?:erreichbar|verfügbar)|später erneut|temporairement indisponible|r[ée]essay(?:er|ez) plus tard|temporalmente no disponible|int[ée]ntelo (?:de nuevo )?más tarde/i,
    'smtp.server-busy',
  ],
];

/** The reason one stretch of words names: a documented phrase, then a family read by nearness. */
function namedReason(text: string): CauseId | undefined {
  return REASONS.find(([re]) => re.test(text))?.[1] ?? familyReason(text);
}

/** The text with typographic single quotes made plain, as the reason patterns spell "doesn't" and "can't". */
export function plainQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'");
}

/** Whether a reply's words name a reason of their own, beyond the catch-all words of a refusal. */
export function namesReason(text: string): boolean {
  return namedReason(plainQuotes(text)) !== undefined;
}

/** "<what> rejected: <why>", the form Postfix and most filters write (Postfix smtpd(8), access(5)): the words after the
 * colon say why, the words before it only what was refused. */
const REFUSED_BECAUSE = /\b(?:rejected|refused|denied|blocked)\s*:\s*(\S[^\n]*)/i;

/** The reason the words of a reply state, if they state one (curly apostrophes read as straight ones): the stated
 * "why" of a "<what> rejected: <why>" refusal first, then the whole text, then the catch-all words. */
export function reasonOf(text: string): CauseId | undefined {
  const plain = plainQuotes(text);
  const why = REFUSED_BECAUSE.exec(plain)?.[1];
  return (why ? namedReason(why) : undefined) ?? namedReason(plain) ?? GENERIC_REASONS.find(([re]) => re.test(plain))?.[1];
}

/** Causes a code gives that only say "something was refused": the reply's words may say more. */
export const REFINABLE: ReadonlySet<CauseId> = new Set<CauseId>([
  'smtp.policy-rejected',
  'smtp.status-code',
  'smtp.server-busy',
  'smtp.recipient-rejected',
  'smtp.protocol-error',
  'mail.connection-closed',
  'smtp.auth.rejected',
  'tcp.timeout',
]);
