#!/usr/bin/env bash
# Benchmark (issue 18): a full hygiene check of a /24 home subnet with 20 live hosts at the
# default rate, through the hygiene bundle's own code (Slash24Bench, run by surefire with
# -Dtest; never part of `mvn verify`). Root and `ip netns` needed; packages: busybox-static
# vsftpd lighttpd mosquitto rtsp-server-perl miniupnpd nftables dropbear-bin openssl tcpdump. Everything it creates it removes on exit.
#
# The home: network namespace "home" (override with NS=...) holding a bridge br0 with the 20
# host addresses 10.232.0.10-.29/24; the checker runs on this machine behind a veth pair
# (hghb0, 10.232.0.1/24) plugged into that bridge, so every packet goes to the namespace.
# The other 233 addresses of the /24 do not exist (ARP goes unanswered).
# Real services: busybox telnetd on .10 and .20, vsftpd (anonymous) on .11, lighttpd with
# HTTP Basic on .12, with HTTP Digest on .13:8080 and without on .22, mosquitto (anonymous) on
# .14 and .24, rtsp-server-perl relaying a stream the script announces on .15, and miniupnpd
# with NAT-PMP/PCP as the router on .10 (its WAN a veth pair inside the namespace); since the
# SSH and form checks: dropbear with root/admin on .16 (its own passwd/shadow bind-mounted in the
# namespace's private mount namespace) and lighttpd with a simple HTML login form (a CGI accepting
# admin/1234) on .17.
#
# Usage: bench/hygiene-slash24.sh            (from the repository root; prints the figures)
set -euo pipefail
cd "$(dirname "$0")/.."
NS="${NS:-home}"
NET=10.232.0
HOSTIF=hghb0
[ "$(id -u)" = 0 ] || { echo "root needed (network namespaces)" >&2; exit 1; }
for b in /bin/busybox /usr/sbin/vsftpd /usr/sbin/lighttpd /usr/sbin/mosquitto /usr/bin/rtsp-server-perl /usr/sbin/miniupnpd /usr/sbin/nft /usr/sbin/dropbear /usr/bin/openssl; do
  [ -x "$b" ] || { echo "$b missing: apt-get install busybox-static vsftpd lighttpd mosquitto rtsp-server-perl miniupnpd nftables dropbear-bin openssl" >&2; exit 1; }
done
if ip netns list | grep -qw "^$NS"; then echo "namespace $NS exists already; set NS=another-name" >&2; exit 1; fi
work="$(mktemp -d /tmp/hg-slash24.XXXXXX)"
chmod 755 "$work"
tcpdump_pid=""
cleanup() {
  [ -n "$tcpdump_pid" ] && kill "$tcpdump_pid" 2>/dev/null || true
  for p in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
  ip netns del "$NS" 2>/dev/null || true
  ip link del "$HOSTIF" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$NS"
inns() { ip netns exec "$NS" "$@"; }
inns ip link set lo up
inns ip link add br0 type bridge
inns ip link set br0 up
ip link add "$HOSTIF" type veth peer name hghb0p
ip link set hghb0p netns "$NS"
inns ip link set hghb0p master br0
inns ip link set hghb0p up
ip addr add "$NET.1/24" dev "$HOSTIF"
ip link set "$HOSTIF" up
hosts=""
for i in $(seq 10 29); do
  inns ip addr add "$NET.$i/24" dev br0
  hosts="${hosts:+$hosts,}$NET.$i"
done

# services, each bound to its host address
ln -s /bin/busybox "$work/login"
for ip in "$NET.10" "$NET.20"; do
  inns /bin/busybox telnetd -F -b "$ip:23" -l "$work/login" >"$work/telnetd-$ip.log" 2>&1 &
done
mkdir -p "$work/ftproot" "$work/empty" "$work/www"
chmod 555 "$work/ftproot" "$work/empty"
cat >"$work/vsftpd.conf" <<EOF
listen=YES
listen_ipv6=NO
listen_address=$NET.11
anonymous_enable=YES
local_enable=NO
write_enable=NO
anon_root=$work/ftproot
secure_chroot_dir=$work/empty
background=NO
seccomp_sandbox=NO
xferlog_enable=NO
EOF
inns /usr/sbin/vsftpd "$work/vsftpd.conf" >"$work/vsftpd.log" 2>&1 &
echo '<html><body>camera</body></html>' >"$work/www/index.html"
echo 'admin:1234' >"$work/users"
printf 'admin:recorder:%s\n' "$(printf 'admin:recorder:1234' | md5sum | cut -d' ' -f1)" >"$work/htdigest"
# lighttpd: HTTP Basic admin/1234 on .12, HTTP Digest admin/1234 on .13:8080, no login on .22
for site in "$NET.12:80:basic" "$NET.13:8080:digest" "$NET.22:80:"; do
  ip="${site%%:*}"; rest="${site#*:}"; port="${rest%%:*}"; method="${rest#*:}"
  auth=""
  [ "$method" = basic ] && auth='auth.backend = "plain"
auth.backend.plain.userfile = "'"$work"'/users"'
  [ "$method" = digest ] && auth='auth.backend = "htdigest"
auth.backend.htdigest.userfile = "'"$work"'/htdigest"'
  [ -n "$method" ] && auth='server.modules = ("mod_auth", "mod_authn_file")
'"$auth"'
auth.require = ( "/" => ( "method" => "'"$method"'", "realm" => "recorder", "require" => "valid-user" ) )'
  cat >"$work/lighttpd-$ip.conf" <<EOF
server.document-root = "$work/www"
server.bind = "$ip"
server.port = $port
index-file.names = ("index.html")
server.errorlog = "$work/lighttpd-$ip.err"
$auth
EOF
  inns /usr/sbin/lighttpd -D -f "$work/lighttpd-$ip.conf" >"$work/lighttpd-$ip.log" 2>&1 &
done
inns /usr/bin/rtsp-server-perl --client_listen_address "$NET.15" --source_listen_address "$NET.15" --clientport 554 --serverport 5545 \
  >"$work/rtsp.log" 2>&1 &
# the router: miniupnpd with UPnP IGD and NAT-PMP/PCP on br0 (its first address, .10); its WAN a veth pair inside the namespace
inns ip link add wan0 type veth peer name wan0p
inns ip addr add 11.0.0.2/24 dev wan0
inns ip link set wan0 up
inns ip link set wan0p up
inns nft -f bundles/io.hearthguard.hygiene/src/test/resources/miniupnpd-chains.nft # the chains miniupnpd expects
printf 'ext_ifname=wan0\nlistening_ip=br0\nhttp_port=5000\nenable_upnp=yes\nenable_natpmp=yes\nsecure_mode=no\nsystem_uptime=yes\nuuid=3d3f2c1a-0000-4000-8000-0000000b0e24\nallow 1024-65535 %s.0/24 1-65535\ndeny 0-65535 0.0.0.0/0 0-65535\n' "$NET" >"$work/miniupnpd.conf"
inns /usr/sbin/miniupnpd -d -f "$work/miniupnpd.conf" -P "$work/miniupnpd.pid" >"$work/miniupnpd.log" 2>&1 &
# SSH: dropbear with a default root password on .16
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/passwd"
printf 'root:%s:19000:0:99999:7:::\n' "$(openssl passwd -6 admin)" >"$work/shadow"
dropbearkey -t ecdsa -f "$work/hostkey" >/dev/null 2>&1
inns sh -c "mount --bind '$work/passwd' /etc/passwd && mount --bind '$work/shadow' /etc/shadow && exec /usr/sbin/dropbear -F -E -p $NET.16:22 -r '$work/hostkey'" \
  >"$work/dropbear.log" 2>&1 &
# an HTML login form (user + password, POST to a CGI that accepts admin/1234) on .17
mkdir -p "$work/form"
form='<html><body><form method="post" action="login.cgi"><input type="text" name="user"><input type="password" name="pass"><input type="submit"></form></body></html>'
printf '%s\n' "$form" >"$work/form/index.html"
{
  echo 'body=$(head -c "${CONTENT_LENGTH:-0}")'
  echo 'if [ "$body" = "user=admin&pass=1234" ]; then printf '"'"'Status: 302 Found\r\nLocation: /home.html\r\n\r\n'"'"
  echo "else printf 'Content-Type: text/html\r\n\r\n%s' '$form'; fi"
} >"$work/form/login.cgi"
printf 'server.document-root = "%s"\nserver.bind = "%s"\nserver.port = 80\nserver.modules = ("mod_cgi")\nindex-file.names = ("index.html")\ncgi.assign = (".cgi" => "/bin/sh")\nserver.errorlog = "%s"\n' \
  "$work/form" "$NET.17" "$work/lighttpd-form.err" >"$work/lighttpd-form.conf"
inns /usr/sbin/lighttpd -D -f "$work/lighttpd-form.conf" >"$work/lighttpd-form.log" 2>&1 &
for ip in "$NET.14" "$NET.24"; do
  printf 'listener 1883 %s\nallow_anonymous true\nuser root\n' "$ip" >"$work/mosquitto-$ip.conf"
  inns /usr/sbin/mosquitto -c "$work/mosquitto-$ip.conf" >"$work/mosquitto-$ip.log" 2>&1 &
done
for hp in "$NET.10:23" "$NET.20:23" "$NET.11:21" "$NET.12:80" "$NET.13:8080" "$NET.22:80" "$NET.14:1883" "$NET.24:1883" "$NET.15:554" "$NET.15:5545" "$NET.10:5000" "$NET.16:22" "$NET.17:80"; do
  for _ in $(seq 1 100); do
    timeout 1 bash -c "exec 3<>/dev/tcp/${hp%:*}/${hp#*:}" 2>/dev/null && break
    sleep 0.1
  done
done
# a camera pushing its stream to the RTSP relay at "/" (the connection stays open until the script ends)
sdp=$'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=cam\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n'
exec 5<>"/dev/tcp/$NET.15/5545"
printf 'ANNOUNCE rtsp://%s:5545/ RTSP/1.0\r\nCSeq: 1\r\nContent-Type: application/sdp\r\nContent-Length: %d\r\n\r\n%s' "$NET.15" "${#sdp}" "$sdp" >&5
sleep 1 # let the readiness probes' connections close before counting

if command -v tcpdump >/dev/null; then
  tcpdump -i "$HOSTIF" -nn -U -w "$work/wire.pcap" 2>"$work/tcpdump.err" &
  tcpdump_pid=$!
  for _ in $(seq 1 100); do grep -q "listening on" "$work/tcpdump.err" && break; sleep 0.05; done
fi

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GB RAM, $(java -version 2>&1 | head -1)"
echo "== load before: $(uptime)"
mvn -B -q -o -pl bundles/io.hearthguard.hygiene -am verify -Dtest=Slash24Bench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhygiene.bench.subnet="$NET.0/24" -Dhygiene.bench.hosts="$hosts" -Dhygiene.bench.out="$work/result.txt" >"$work/mvn.log" 2>&1 \
  || { tail -60 "$work/mvn.log" >&2; exit 1; }
echo "== load after:  $(uptime)"
cat "$work/result.txt"
if [ -n "$tcpdump_pid" ]; then
  sleep 1
  kill "$tcpdump_pid"; wait "$tcpdump_pid" 2>/dev/null || true; tcpdump_pid=""
  syns=$(tcpdump -nn -r "$work/wire.pcap" 'tcp[tcpflags] & tcp-syn != 0 and tcp[tcpflags] & tcp-ack == 0' 2>/dev/null | wc -l)
  others=$(tcpdump -nn -r "$work/wire.pcap" "ip and not net $NET.0/24" 2>/dev/null | wc -l)
  echo "wire ($HOSTIF, both runs): $syns SYNs sent (retransmissions included), $(stat -c %s "$work/wire.pcap") bytes of pcap, $others IP packets outside $NET.0/24"
fi
