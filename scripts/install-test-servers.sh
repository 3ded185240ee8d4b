#!/usr/bin/env bash
# Installs the real servers the live tests run against (Debian packages), when missing and when root.
set -euo pipefail
need=()
command -v dovecot >/dev/null 2>&1 || need+=(dovecot-imapd dovecot-pop3d)
[ -x /usr/sbin/postfix ] || need+=(postfix)
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
[ -x /usr/bin/time ] || need+=(time)
command -v nc >/dev/null 2>&1 || need+=(netcat-openbsd)
command -v traceroute >/dev/null 2>&1 || need+=(traceroute)
command -v ping >/dev/null 2>&1 || need+=(iputils-ping)
command -v jstack >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v icinga2 >/dev/null 2>&1 || need+=(icinga2)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
command -v script >/dev/null 2>&1 || need+=(bsdutils)
if [ ${#need[@]} -eq 0 ]; then
  echo "test servers: all present"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "test servers: missing ${need[*]} and not root; live tests will skip (or fail under MAILDOCTOR_LIVE=required)" >&2
  exit 0
fi
echo "test servers: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
