#!/usr/bin/env bash
# Builds a helpdesk host with several faults at once from maildoctor's own fixtures and writes its HTML report.
# The incoming mailbox's port is closed; the outgoing server (openssl s_server on 127.0.0.1) presents an expired
# certificate under a real intermediate and root; the logs, Email Audit export, Quartz export and two JVM thread
# dumps come from fixtures/. Usage: examples/multi-fault.sh [OUT.html]   (needs openssl and a built maildoctor)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-report.html}")"
work="$(mktemp -d)"
port="${MULTI_FAULT_PORT:-24465}"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
mkdir newcerts && : > index.txt && echo 1000 > serial
cat > ca.cnf <<CNF
[ca]
default_ca = local
[local]
database = index.txt
serial = serial
new_certs_dir = newcerts
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
organizationName = optional
[inter_ext]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
[leaf_ext]
basicConstraints = CA:FALSE
subjectAltName = DNS:localhost,IP:127.0.0.1
extendedKeyUsage = serverAuth
CNF
quiet() { "$@" >/dev/null 2>&1; }
quiet openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.crt -days 3650 -subj "/O=Demo Mail Co/CN=Demo Root CA" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
quiet openssl req -newkey rsa:2048 -nodes -keyout inter.key -out inter.csr -subj "/O=Demo Mail Co/CN=Demo Issuing CA 2"
quiet openssl ca -batch -config ca.cnf -cert root.crt -keyfile root.key -extensions inter_ext -days 400 -in inter.csr -out inter.crt
quiet openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/O=Demo Mail Co/CN=localhost"
quiet openssl ca -batch -config ca.cnf -cert inter.crt -keyfile inter.key -extensions leaf_ext -startdate "$(date -u -d '-400 days' +%Y%m%d%H%M%SZ)" -enddate "$(date -u -d '-12 days' +%Y%m%d%H%M%SZ)" -in leaf.csr -out leaf.crt
openssl s_server -accept "127.0.0.1:$port" -cert leaf.crt -key leaf.key -cert_chain inter.crt -quiet </dev/null >/dev/null 2>&1 &
server=$!
closed=$((port + 1))
f="$repo/fixtures"
cat > maildoctor.yaml <<YAML
timeout: 2000
incoming:
  - { name: support, protocol: imap, host: 127.0.0.1, port: $closed, security: tls, user: support@company.test, address: support@company.test, passwordEnv: DEMO_PW, primary: true, outgoing: notify }
outgoing:
  - { name: notify, host: 127.0.0.1, port: $port, security: tls, user: support@company.test, passwordEnv: DEMO_PW, primary: true, ca: root.crt }
checks:
  - { type: logs, paths: ["$f/logs/tenant/apolo/logs"], bucket: 5m }
  - { type: audit, file: "$f/audit/full.csv" }
  - { type: quartz, files: ["$f/quartz/stale/qrtz_triggers.csv", "$f/quartz/stale/qrtz_simple_triggers.csv"], asOf: "2026-11-22T00:13:26.891Z" }
  - { type: threaddump, files: ["$f/threaddump/emailjob-deadlock.jstack.txt", "$f/threaddump/email-blocked.jstack.txt"] }
YAML
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
DEMO_PW=not-a-real-secret node "$repo/bin/maildoctor.js" run --config maildoctor.yaml --format html -o "$out" || test $? = 1
